import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What a feed needs from a story's rendered body HTML (entry.rendered.html,
 * already sanitised by the Markdown pipeline): links that still work in a
 * feed reader, and a plain-text summary.
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

/** The first top-level paragraph of an HTML fragment, if it has one. */
function firstTopLevelParagraph(html: string): Element | undefined {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  return tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
}

/**
 * The text of the body's first top-level paragraph, whitespace collapsed;
 * undefined when the body has none (say, only a quote). Every story page
 * asks, so the body is first parsed only up to its first `</p>`: an HTML
 * parser builds the same tree for a prefix as for the whole, up to where
 * the prefix ends, so a top-level paragraph that this `</p>` closes (it
 * ends where the prefix does) is the whole body's first. Otherwise (the
 * first `</p>` closes a quote's paragraph, or is text in an attribute
 * value, or there is none) the whole body is parsed.
 */
export function firstParagraphText(html: string): string | undefined {
  const prefix = html.slice(0, html.indexOf('</p>') + '</p>'.length);
  const early = prefix.endsWith('</p>') ? firstTopLevelParagraph(prefix) : undefined;
  const paragraph = early?.position?.end.offset === prefix.length ? early : firstTopLevelParagraph(html);
  const text = paragraph && toText(paragraph).replace(/\s+/g, ' ').trim();
  return text || undefined;
}
