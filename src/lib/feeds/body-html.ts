import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What a feed needs from a story's rendered body HTML (entry.rendered.html,
 * already sanitised by the Markdown pipeline): links that still work in a
 * feed reader. Its plain-text summary, the lead, was recorded when the body
 * was rendered (src/markdown/rehype-body-facts.ts).
 */

/** Attributes that hold a URL, by element. The sanitiser lets no others through. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src', blockquote: 'cite', q: 'cite' };

function rehypeResolveUrls(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const attribute = URL_ATTRIBUTES[node.tagName];
      if (attribute === undefined) return;
      const value = node.properties[attribute];
      if (typeof value !== 'string') return;
      // A value no URL parser reads is as broken on the story's page; it is left as written.
      if (URL.canParse(value, options.base)) node.properties[attribute] = new URL(value, options.base).href;
    });
  };
}

/**
 * The body with every link made absolute against the story's own URL, so a
 * hand-written "/2020/…" or "#note" link leads to the archive from a feed
 * reader too. Absolute http(s) links are left as they are (normalised).
 */
export function resolveBodyUrls(html: string, storyUrl: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeResolveUrls, { base: storyUrl })
      .use(rehypeStringify)
      .processSync(html),
  );
}
