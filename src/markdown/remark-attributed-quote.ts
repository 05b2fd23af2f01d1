import type { Blockquote, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatCalendarDay } from '../lib/format-date.ts';
import { ATTRIBUTION_WEIGHT } from './attribution-weight.ts';

/**
 * Renders `:::quote{by handle date platform}` (a tweet or other attributed
 * quote, as written by the ingester) as
 * `<figure class="attributed-quote"><blockquote>…</blockquote>
 *  <figcaption>— <cite>Name</cite> (@handle) on Platform, <time>…</time></figcaption></figure>`,
 * the attribution searched at a lower weight (attribution-weight.ts).
 */
export default function remarkAttributedQuote() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'quote') return;
      const { by, handle, date, platform } = node.attributes ?? {};
      if (!by) file.fail(`:::quote needs a by="…" attribute naming who is quoted`, node);
      const body: Blockquote = { type: 'blockquote', children: node.children };
      const caption = [
        { type: 'text', value: '— ' },
        { type: 'emphasis', data: { hName: 'cite' }, children: [{ type: 'text', value: by ?? '' }] },
        ...(handle ? [{ type: 'text', value: ` (@${handle})` }] : []),
        ...(platform ? [{ type: 'text', value: ` on ${platform}` }] : []),
        ...(date
          ? [
              { type: 'text', value: ', ' },
              {
                type: 'emphasis',
                data: { hName: 'time', hProperties: { dateTime: date } },
                children: [{ type: 'text', value: formatCalendarDay(date) }],
              },
            ]
          : []),
      ];
      node.data = { hName: 'figure', hProperties: { className: ['attributed-quote'] } };
      node.attributes = {};
      node.children = [
        body,
        // A paragraph node rendered as <figcaption>; mdast has no caption type.
        {
          type: 'paragraph',
          data: { hName: 'figcaption', hProperties: { dataPagefindWeight: ATTRIBUTION_WEIGHT } },
          children: caption,
        } as never,
      ];
    });
  };
}
