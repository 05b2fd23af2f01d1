import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { enforceBodyContract } from './body-contract.ts';
import { toParagraph } from './to-mdast.ts';

/**
 * The paragraphs of a body that a structured source (a JSON field, a list
 * item) holds as plain text: blank lines separate paragraphs; a text with no
 * blank line has a paragraph per line. Whitespace inside a paragraph is
 * collapsed to single spaces.
 */
export function plainParagraphs(text: string): string[] {
  const separator = /\n[ \t\u00a0]*\n/.test(text) ? /\n[ \t\u00a0]*\n/ : /\n/;
  return text
    .split(separator)
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph !== '');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Paragraph texts as a body within the entry body contract, spelled-out http(s) URLs linked. */
export function paragraphsBody(paragraphs: readonly string[]): {
  readonly root: Root;
  readonly notes: readonly string[];
} {
  return enforceBodyContract({ type: 'root', children: paragraphs.map(toParagraph) });
}

/**
 * The body's text, a string per paragraph or heading, without caption
 * directives: a year in a caption dates the photo, not the story.
 */
export function datingTextOf(root: Root): string[] {
  return root.children.flatMap(blockTexts);
}

function blockTexts(node: RootContent): string[] {
  if (node.type === 'containerDirective' && node.name === 'caption') return [];
  if (node.type === 'paragraph' || node.type === 'heading') return [toString(node, { includeImageAlt: false })];
  return 'children' in node ? (node.children as RootContent[]).flatMap(blockTexts) : [];
}
