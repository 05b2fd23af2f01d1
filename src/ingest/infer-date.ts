import * as chrono from 'chrono-node';
import { splitSentences } from './text/sentences.ts';

export interface InferredDate {
  /** A `published` value: "YYYY" or "YYYY-MM-DD". */
  readonly published: string;
  /** What in the text supports it, quoting the text so a reader can check. */
  readonly evidence: string;
}

/** "in 2020", "back in 2020": a bare year, which chrono does not parse. */
const YEAR_MENTION = /\b(?:back in|in|during|since) ((?:19|20)\d{2})\b/giu;

/** Phrases that place an event relative to the time of writing: the offset in years. */
const RELATIVE_YEARS: readonly { readonly pattern: RegExp; readonly offset: number }[] = [
  { pattern: /\blast year\b/iu, offset: 1 },
  { pattern: /\ba year ago\b/iu, offset: 1 },
  { pattern: /\btwo years ago\b/iu, offset: 2 },
  { pattern: /\bthis year\b/iu, offset: 0 },
];

/** Words too common to show that two sentences speak of the same event. */
const COMMON = new Set([
  'about',
  'after',
  'again',
  'their',
  'there',
  'these',
  'those',
  'which',
  'while',
  'where',
  'would',
  'could',
  'should',
  'being',
  'other',
  'because',
  'before',
  'during',
  'years',
  'since',
  'still',
  'really',
  'through',
]);

/**
 * Dates the text from evidence inside it, or undefined when it has none.
 * `paragraphs` must already exclude photo captions: a year in a caption
 * dates the photo, not the story.
 *
 * 1. A relative mention resolved against a dated event: one sentence puts an
 *    event "in 2020", another sentence about the same event (sharing a
 *    distinctive word) calls it "last year" → written in 2021 (year precision).
 * 2. Otherwise the latest date whose day, month and year the text states.
 * A month and day without a year is not evidence of anything.
 */
export function inferDate(paragraphs: readonly string[]): InferredDate | undefined {
  const sentences = paragraphs.flatMap(splitSentences);
  return inferFromRelativeMention(sentences) ?? inferFromLatestFullDate(paragraphs);
}

function inferFromRelativeMention(sentences: readonly string[]): InferredDate | undefined {
  const years = sentences.flatMap((sentence) =>
    [...sentence.matchAll(YEAR_MENTION)].map((m) => ({ sentence, phrase: m[0], year: Number(m[1]) })),
  );
  const found = new Map<number, InferredDate>();
  for (const sentence of sentences) {
    for (const { pattern, offset } of RELATIVE_YEARS) {
      const relative = pattern.exec(sentence);
      if (!relative) continue;
      for (const mention of years) {
        if (mention.sentence === sentence || !shareDistinctiveWord(mention.sentence, sentence)) continue;
        const written = mention.year + offset;
        found.set(written, {
          published: String(written),
          evidence: `the text mentions "${mention.phrase}" and calls the same event "${relative[0]}", so it was written in ${written}`,
        });
      }
    }
  }
  // Disagreeing mentions are no evidence at all.
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function inferFromLatestFullDate(paragraphs: readonly string[]): InferredDate | undefined {
  let latest: { key: string; text: string } | undefined;
  for (const paragraph of paragraphs) {
    // The reference date only matters for incomplete dates, which are ignored.
    for (const result of chrono.parse(paragraph, new Date(Date.UTC(2000, 0, 1)))) {
      const start = result.start;
      if (!(start.isCertain('day') && start.isCertain('month') && start.isCertain('year'))) continue;
      // chrono also "knows" the year of "today" or "last Friday"; only a year written out is explicit.
      if (!new RegExp(`\\b${start.get('year')}\\b`).test(result.text)) continue;
      const key = [start.get('year'), start.get('month'), start.get('day')]
        .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
        .join('-');
      if (!latest || key > latest.key) latest = { key, text: result.text };
    }
  }
  return latest
    ? { published: latest.key, evidence: `the latest full date the text mentions is "${latest.text}"` }
    : undefined;
}

function shareDistinctiveWord(a: string, b: string): boolean {
  const words = (s: string) => new Set((s.match(/\b\p{Ll}{5,}\b/gu) ?? []).filter((w) => !COMMON.has(w)));
  const inB = words(b);
  return [...words(a)].some((w) => inB.has(w));
}
