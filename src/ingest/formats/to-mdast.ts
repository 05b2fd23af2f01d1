import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { BodyItem } from './text/read-article.ts';
import { findUrls } from './text/links.ts';

/**
 * The entry body as an mdast tree. Source text only ever becomes `text`
 * nodes (the serialiser escapes it) and `link` nodes for spelled-out http(s)
 * URLs; the only directives are `quote` and `caption`, the only headings
 * depth 2, lists are bulleted lists of paragraphs. This is the body contract with the site's remark plugins.
 */
export function toMdast(items: readonly BodyItem[]): Root {
  return { type: 'root', children: items.map(toNode) };
}

function toNode(item: BodyItem): RootContent {
  switch (item.kind) {
    case 'paragraph':
      return toParagraph(item.text);
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: item.items.map((text) => ({ type: 'listItem', spread: false, children: [toParagraph(text)] })),
      };
    case 'heading':
      return { type: 'heading', depth: 2, children: toPhrasing(item.text) };
    case 'quote':
      return directive(
        'quote',
        { by: item.by, handle: item.handle, date: item.date, platform: 'Twitter' },
        item.paragraphs,
      );
    case 'caption':
      return directive('caption', { credit: item.credit, ...(item.label ? { label: item.label } : {}) }, [item.text]);
  }
}

function directive(
  name: string,
  attributes: Record<string, string>,
  paragraphs: readonly string[],
): ContainerDirective {
  return { type: 'containerDirective', name, attributes, children: paragraphs.map(toParagraph) };
}

export function toParagraph(text: string): Paragraph {
  return { type: 'paragraph', children: toPhrasing(text) };
}

/** Text with each http(s) URL as a link whose text is the URL itself. */
export function toPhrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const { index, lastIndex, url } of findUrls(text)) {
    if (index > at) nodes.push({ type: 'text', value: text.slice(at, index) });
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: text.slice(index, lastIndex) }] });
    at = lastIndex;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}
