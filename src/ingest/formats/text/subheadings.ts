import type { Block } from './blocks.ts';

/** Subheadings are at most this long. */
const MAX_SUBHEADING = 120;

/**
 * True when a paragraph is a subheading: one line, short, no terminal
 * punctuation, at least three words, and in Title Case (at least three
 * quarters of its words of four or more letters capitalised, and at least
 * two such words).
 */
export function isSubheading(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const text = block.text;
  if (text.length > MAX_SUBHEADING || /[.,;:!?…"'”’)\]]$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3) return false;
  const long = words.filter((word) => /^[\p{L}'’-]{4,}$/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 && capitalised.length >= 0.75 * long.length;
}
