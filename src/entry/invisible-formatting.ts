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

/**
 * Characters XML 1.0 forbids: the C0 controls but tab, newline and carriage
 * return (U+0001, a backspace U+0008, a vertical tab U+000B …), the
 * non-characters U+FFFE and U+FFFF, and a surrogate without its pair. One in
 * a headline makes rss.xml and the sitemap ill-formed XML that readers reject.
 */
const XML_FORBIDDEN = '\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff';
const ANY_FORBIDDEN = new RegExp(`[${XML_FORBIDDEN}]`, 'u');
const ALL_FORBIDDEN = new RegExp(`[${XML_FORBIDDEN}]`, 'gu');

export function hasXmlForbidden(text: string): boolean {
  return ANY_FORBIDDEN.test(text);
}

/** The text without the characters XML 1.0 forbids (the same string when it has none). */
export function removeXmlForbidden(text: string): string {
  return ANY_FORBIDDEN.test(text) ? text.replace(ALL_FORBIDDEN, '') : text;
}
