import type { Paragraph } from '../../markdown/rehype-body-facts.ts';
import { quoteWords } from './normalise-quote.ts';
import { hasSpeechVerb, resolveSpeaker, speakerAfter, speakerBefore } from './speaker.ts';

export interface FoundQuote {
  /** The quoted words as the story prints them, without the quotation marks. */
  readonly text: string;
  /** The person it is attributed to (see speaker.ts), when the sentence says. */
  readonly speaker?: string;
}

/** Shorter quoted runs are titles, scare quotes or phrases ("deep pain"), not speech. */
export const MIN_QUOTE_WORDS = 5;

/** A quotation in straight or curly marks; an opening mark of either kind closes with either. */
const QUOTED = /["“]([^"“”]+)["”]/gu;
/** Between the halves of a split quote: only a speech tag, `," Teigen wrote. "`. */
const SPLIT_TAG = /^\s*[^"“”]{1,60}?[.,]\s*$/u;

interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Quoted speech in a story's paragraphs. A quote split by its speech tag
 * (`"He hated it. I could tell," Teigen wrote. "It didn't make sense…"`) is
 * read as one quote, as the speaker said it. Attributed-quote paragraphs
 * (tweets) are quotes of their author whole.
 */
export function findQuotes(paragraphs: readonly Paragraph[], people: readonly string[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.by) {
      if (quoteWords(paragraph.text).length >= MIN_QUOTE_WORDS)
        quotes.push({ text: paragraph.text, speaker: resolveSpeaker(paragraph.by, people) ?? paragraph.by });
      continue;
    }
    const spans: Span[] = [...paragraph.text.matchAll(QUOTED)].map((m) => ({
      text: m[1]!.trim(),
      start: m.index,
      end: m.index + m[0].length,
    }));
    for (let i = 0; i < spans.length; i += 1) {
      let span = spans[i]!;
      const before = paragraph.text.slice(i > 0 ? spans[i - 1]!.end : 0, span.start);
      let named = speakerBefore(before);
      const parts = [span.text];
      // Join the next span while the text between is only the speech tag of a split quote.
      while (i + 1 < spans.length && /,$/u.test(span.text)) {
        const between = paragraph.text.slice(span.end, spans[i + 1]!.start);
        if (!SPLIT_TAG.test(between) || !hasSpeechVerb(between)) break;
        named ??= speakerAfter(between);
        parts[parts.length - 1] = parts.at(-1)!.replace(/,$/u, '.');
        span = spans[++i]!;
        parts.push(span.text);
      }
      named ??= speakerAfter(paragraph.text.slice(span.end, spans[i + 1]?.start ?? paragraph.text.length));
      const text = parts.join(' ').replace(/,$/u, '');
      if (quoteWords(text).length < MIN_QUOTE_WORDS) continue;
      const speaker = resolveSpeaker(named, people);
      quotes.push(speaker ? { text, speaker } : { text });
    }
  }
  return quotes;
}
