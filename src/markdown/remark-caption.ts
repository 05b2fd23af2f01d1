import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { CAPTION_WEIGHT } from './caption-weight.ts';

/**
 * Renders `:::caption{credit label}` — the caption of an image the source
 * had but the archive did not receive — as
 * `<figure class="media-caption"><figcaption>Caption <span class="credit">Credit</span></figcaption></figure>`,
 * preceded by the image's label when the source gave one. Search indexes the
 * caption at a caption's weight, and never the credit or the archive's note.
 */
export default function remarkCaption() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'caption') return;
      const { credit, label } = node.attributes ?? {};
      const text = node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
      const figcaption = {
        type: 'paragraph',
        data: { hName: 'figcaption', hProperties: { dataPagefindWeight: CAPTION_WEIGHT } },
        children: [
          {
            type: 'emphasis',
            // The archive's own note, not source text: kept out of the search index.
            data: { hName: 'span', hProperties: { className: ['media-note'], dataPagefindIgnore: '' } },
            children: [{ type: 'text', value: label ? `Image not archived: ${label}.` : 'Image not archived.' }],
          },
          { type: 'text', value: ' ' },
          ...text,
          ...(credit
            ? [
                { type: 'text', value: ' ' },
                {
                  type: 'emphasis',
                  data: { hName: 'span', hProperties: { className: ['credit'], dataPagefindIgnore: '' } },
                  children: [{ type: 'text', value: `Credit: ${credit}` }],
                },
              ]
            : []),
        ],
      };
      node.data = { hName: 'figure', hProperties: { className: ['media-caption'] } };
      node.attributes = {};
      node.children = [figcaption as never];
    });
  };
}
