import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The body's text, one string per paragraph or heading (inside lists, quotes
 * and tweets too), in order. Captions are left out unless asked for: a year
 * in a caption dates the photo, not the story.
 */
export function bodyBlocks(body: Root, { captions = false } = {}): string[] {
  const blocks: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'containerDirective' && node.name === 'caption' && !captions) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = textWithBreaks(node).trim();
      if (text !== '') blocks.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(body);
  return blocks;
}

/** A block's text, each line break as a newline (mdast-util-to-string drops breaks, gluing the lines' words). */
function textWithBreaks(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map(textWithBreaks).join('');
  return toString(node);
}

/** How much of the body's text (captions aside) is link text, 0–1. */
export function linkShare(body: Root): number {
  let all = 0;
  let links = 0;
  const visit = (node: Nodes, inLink: boolean) => {
    if (node.type === 'containerDirective' && node.name === 'caption') return;
    if (node.type === 'text') {
      all += node.value.length;
      if (inLink) links += node.value.length;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, inLink || node.type === 'link');
  };
  visit(body, false);
  return all === 0 ? 0 : links / all;
}

/**
 * The share of the body's paragraphs and headings (captions aside) that are
 * all link text, 0–1: a list of teasers is headline links with a line under each.
 */
export function linkBlockShare(body: Root): number {
  let blocks = 0;
  let linkBlocks = 0;
  const visit = (node: Nodes) => {
    if (node.type === 'containerDirective' && node.name === 'caption') return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = toString(node).trim();
      if (text === '') return;
      blocks += 1;
      const linked = node.children
        .filter((child) => child.type === 'link')
        .reduce((sum, link) => sum + toString(link).trim().length, 0);
      if (linked >= text.length * 0.9) linkBlocks += 1;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(body);
  return blocks === 0 ? 0 : linkBlocks / blocks;
}
