import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * What the site reads of a story's text besides its HTML, recorded once,
 * when the body is rendered, from the tree the HTML is written from: the
 * catalogue keeps the paragraphs for threads, quotes and people
 * (src/content-loader/catalogue.ts), and the story page and the feeds show
 * the lead where the entry has no dek.
 */

/** A block of the story's text: a paragraph, a list item, a heading (h2–h6) or an attributed quote. */
export interface Paragraph {
  readonly text: string;
  /** Who is quoted, when the paragraph is an attributed quote (a tweet): the whole paragraph is their words. */
  readonly by?: string;
}

export interface BodyFacts {
  /** The body's blocks in document order; those without text are left out. */
  readonly paragraphs: readonly Paragraph[];
  /** The text of the body's first top-level paragraph; absent when it has none (say, only a quote). */
  readonly lead?: string;
}

/** Blocks that are one paragraph each, with everything inside them (a list item with its nested list). */
const BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** An element's text as a reader sees it, whitespace collapsed to single spaces. */
function collapsedText(node: Element): string {
  return toText(node).replace(/\s+/gu, ' ').trim();
}

/**
 * A block's text as quotes compare it (quotes/find-quotes.ts, link-quotes.ts):
 * collapsed, and with no space before closing punctuation, so that one
 * sentence reads the same whatever spacing its source had.
 */
function blockText(node: Element): string {
  return collapsedText(node).replace(/ ([,.;:!?’”])/gu, '$1');
}

/** An attributed quote as remark-attributed-quote.ts renders it: a figure of the quote and a caption citing its speaker. */
function isAttributedQuote(node: Element): boolean {
  const className = node.properties['className'];
  return node.tagName === 'figure' && Array.isArray(className) && className.includes('attributed-quote');
}

/** The facts of a rendered (and sanitised) body. */
export function bodyFacts(tree: Root): BodyFacts {
  const paragraphs: Paragraph[] = [];
  visit(tree, 'element', (node: Element) => {
    if (isAttributedQuote(node)) {
      const quote = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'blockquote',
      );
      const caption = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
      );
      const cite = caption && select('cite', caption);
      const text = quote ? blockText(quote) : '';
      const by = cite ? blockText(cite) : '';
      if (text) paragraphs.push(by ? { text, by } : { text });
      return SKIP;
    }
    if (!BLOCKS.has(node.tagName)) return undefined;
    const text = blockText(node);
    if (text) paragraphs.push({ text });
    return SKIP;
  });
  const first = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  const lead = first && collapsedText(first);
  return lead ? { paragraphs, lead } : { paragraphs };
}

/**
 * Puts the body's facts (`paragraphs`, and `lead` when it has one) into the
 * entry's plugin front matter, the render's metadata, as
 * remark-reading-time.ts does. The articles loader moves the paragraphs
 * from there to the catalogue, out of Astro's content store
 * (src/content-loader/articles-loader.ts). The last of the
 * pipeline's rehype plugins, so that what it records is what the HTML says:
 * Astro's own that run after it change no text (they add heading ids, and
 * pass raw HTML through a parser, of which the sanitiser has left none).
 */
export default function rehypeBodyFacts() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    Object.assign((astro.frontmatter ??= {}), bodyFacts(tree));
  };
}
