/**
 * A story's text as paragraphs, read from its rendered body HTML (the content
 * layer has already rendered it, and parsing the Markdown again would cost
 * a Markdown parse per story on every build). The HTML is what rehype-stringify writes after
 * rehype-sanitize: tags are well formed and text escapes only `<` and `&`,
 * as named or numeric character references.
 */

export interface Paragraph {
  readonly text: string;
  /** Who is quoted, when the paragraph is an attributed quote (a tweet): the whole paragraph is their words. */
  readonly by?: string;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .replace(/ ([,.;:!?’”])/gu, '$1')
    .trim();
}

/** An attributed-quote figure (quote and speaker), or a paragraph, list item or heading. */
const BLOCK = /<figure class="attributed-quote">([\s\S]*?)<\/figure>|<(p|li|h[2-6])\b[^>]*>([\s\S]*?)<\/\2>/gu;

/** Paragraphs, list items and headings in document order; attributed quotes (figures) carry their speaker. */
export function htmlParagraphs(html: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const [, figure, , block] of html.matchAll(BLOCK)) {
    if (figure !== undefined) {
      const by = /<cite>([\s\S]*?)<\/cite>/u.exec(figure)?.[1];
      const text = textOf(/<blockquote>([\s\S]*?)<\/blockquote>/u.exec(figure)?.[1] ?? '');
      if (text) paragraphs.push(by ? { text, by: textOf(by) } : { text });
    } else {
      const text = textOf(block ?? '');
      if (text) paragraphs.push({ text });
    }
  }
  return paragraphs;
}
