import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * No paragraph of an article runs this long (it is some 8,000 words); a
 * file of one huge line is not prose. Markdown parsing (GFM) slows down far
 * faster than a paragraph grows, so one such paragraph would stall the build.
 */
export const MAX_PARAGRAPH_LENGTH = 50_000;

/** The length, in characters, of the body's longest paragraph or heading. */
export function longestParagraph(body: Root): number {
  let longest = 0;
  visit(body, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    longest = Math.max(longest, toString(node).length);
  });
  return longest;
}

/** A run of characters without a space longer than this is no word (URLs run to it, rarely beyond). */
export const LONGEST_WORD = 40;
/** Below this many characters of text, a body is too short to judge. */
const FEWEST_TO_JUDGE = 200;
/** Scripts written without spaces between words, whose runs are long in any prose. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * The share (0–1) of the body's text, outside code, that is in runs of more
 * than LONGEST_WORD characters without a space (a web address aside): near 0 for prose in any
 * spaced script, most of it for base64, hex dumps and random or compressed
 * bytes that happen to decode as text. Undefined when the body is too short to judge.
 */
export function unspacedShare(body: Root): number | undefined {
  const texts: string[] = [];
  visit(body, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if (node.type === 'text') texts.push(node.value);
    return undefined;
  });
  const tokens = texts
    .join(' ')
    .split(/\s+/u)
    .filter((t) => t !== '');
  const total = tokens.reduce((sum, t) => sum + t.length, 0);
  if (total < FEWEST_TO_JUDGE) return undefined;
  const long = tokens
    .filter((t) => t.length > LONGEST_WORD && !UNSPACED.test(t) && !/^\W*(?:[a-z][\w+.-]*:\/\/|www\.)/iu.test(t))
    .reduce((sum, t) => sum + t.length, 0);
  return long / total;
}
