import type { Element, Root as HastRoot } from 'hast';
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import rehypeRemark, { type Options } from 'rehype-remark';
import { unified } from 'unified';
import { isCaptionElement, isFigureElement, readCaption } from './figures.ts';
import { readEmbeddedTweet } from './tweets.ts';

type Handle = NonNullable<NonNullable<Options['handlers']>[string]>;
type State = Parameters<Handle>[0];

/** An embedded tweet becomes the `quote` directive (see remark-attributed-quote.ts); other blockquotes stay. */
const blockquote: Handle = (state, node) => {
  const tweet = readEmbeddedTweet(node);
  if (!tweet) return { type: 'blockquote', children: state.toFlow(state.all(node)) };
  const children = tweet.paragraphs.map((p): Paragraph => ({
    type: 'paragraph',
    children: state.all(p) as PhrasingContent[],
  }));
  const attributes = {
    by: tweet.by,
    handle: tweet.handle,
    ...(tweet.date ? { date: tweet.date } : {}),
    platform: 'Twitter',
  };
  return { type: 'containerDirective', name: 'quote', attributes, children } satisfies ContainerDirective;
};

/**
 * A captioned picture becomes the `caption` directive (the picture itself is
 * not kept); whatever else the figure holds (a quotation, a table) stays as
 * flow before it.
 */
const figure: Handle = (state, node) => {
  const caption = node.children.find((child): child is Element => child.type === 'element' && isCaptionElement(child));
  const rest = state.toFlow(state.all({ ...node, children: node.children.filter((child) => child !== caption) }));
  if (!caption) return rest;
  const { content, credit } = readCaption(caption);
  const children = state.toFlow(state.all({ ...caption, tagName: 'div', children: [...content] }));
  if (children.length === 0) return rest;
  const directive: ContainerDirective = {
    type: 'containerDirective',
    name: 'caption',
    attributes: credit ? { credit } : {},
    children: children as BlockContent[],
  };
  return [...rest, directive];
};

const div: Handle = (state, node) =>
  isFigureElement(node) ? figure(state, node, undefined) : state.toFlow(state.all(node));

const handlers: Record<string, Handle> = { blockquote, figure, div };

/** HTML comments are markup, not text (rehype-remark would keep them as raw HTML). */
const nodeHandlers = { comment: () => undefined };

const toMdastProcessor = unified().use(rehypeRemark, { handlers, nodeHandlers }).freeze();

/** hast → mdast with the archive's handlers; the result still has to go through the body contract. */
export function hastToMdast(tree: HastRoot): Root {
  return toMdastProcessor.runSync(tree) as Root;
}

/**
 * Paragraphs separated only by a blank line of `<br><br>` (old layouts and
 * some CMS exports) become separate paragraphs.
 */
export function splitAtDoubleBreaks(root: Root): void {
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    const children: RootContent[] = [];
    for (const child of node.children as RootContent[]) {
      if (child.type === 'paragraph') children.push(...splitParagraph(child));
      else {
        visit(child);
        children.push(child);
      }
    }
    (node as { children: RootContent[] }).children = children;
  };
  visit(root);
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const pieces: PhrasingContent[][] = [[]];
  const { children } = paragraph;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'break') {
      let j = i + 1;
      while (children[j]?.type === 'text' && (children[j] as { value: string }).value.trim() === '') j++;
      if (children[j]?.type === 'break') {
        while (children[j + 1]?.type === 'break') j++;
        pieces.push([]);
        i = j;
        continue;
      }
    }
    pieces.at(-1)!.push(child);
  }
  return pieces.filter((piece) => piece.length > 0).map((piece) => ({ type: 'paragraph', children: piece }));
}

/** Shifts heading levels so the body's top level is 2: the page's h1 is the entry's own headline. */
export function normaliseHeadingDepths(root: Root): void {
  const headings: { depth: number }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') headings.push(node);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  if (headings.length === 0) return;
  const shift = 2 - Math.min(...headings.map((heading) => heading.depth));
  for (const heading of headings) heading.depth = Math.min(Math.max(heading.depth + shift, 2), 4);
}
