/**
 * Characters that change how the text around them is shown without being
 * seen themselves: bidirectional embeddings, overrides and isolates (which
 * can make "exe.txt" display as "txt.exe"), the zero-width space, the word
 * joiner and a byte-order mark inside text. The joiners that scripts and
 * emoji need (U+200C, U+200D) and the direction marks (U+200E, U+200F) are
 * not among them.
 */
const INVISIBLE_FORMATTING = '\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069';
const ANY = new RegExp(`[${INVISIBLE_FORMATTING}]`);
const ALL = new RegExp(`[${INVISIBLE_FORMATTING}]`, 'g');

export function hasInvisibleFormatting(text: string): boolean {
  return ANY.test(text);
}

/** The text without invisible formatting characters (the same string when it has none). */
export function removeInvisibleFormatting(text: string): string {
  return ANY.test(text) ? text.replace(ALL, '') : text;
}
