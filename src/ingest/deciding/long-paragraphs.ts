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
