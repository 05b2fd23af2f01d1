import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * Renders `:::caption{credit label}` — the caption of an image the source
 * had but the archive did not receive — as
 * `<figure class="media-caption"><figcaption><span class="caption-text">Caption</span> <span class="credit">Credit</span></figcaption></figure>`,
 * preceded by the image's label when the source gave one.
 *
 * For search the figure is not story text (`data-pagefind-ignore`), so no
 * excerpt is cut from a caption, but each caption's own words are metadata
 * (`caption-1`, `caption-2`, …: a metadata key holds one value a page),
 * which Pagefind searches too; the credit and the archive's note are neither.
 */
export default function remarkCaption() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'caption') return;
      count += 1;
      const { credit, label } = node.attributes ?? {};
      const text = node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
      const figcaption = {
        type: 'paragraph',
        data: { hName: 'figcaption' },
        children: [
          {
            type: 'emphasis',
            data: { hName: 'span', hProperties: { className: ['media-note'] } },
            children: [{ type: 'text', value: label ? `Image not archived: ${label}.` : 'Image not archived.' }],
          },
          { type: 'text', value: ' ' },
          {
            type: 'emphasis',
            data: { hName: 'span', hProperties: { className: ['caption-text'], dataPagefindMeta: `caption-${count}` } },
            children: text,
          },
          ...(credit
            ? [
                { type: 'text', value: ' ' },
                {
                  type: 'emphasis',
                  data: { hName: 'span', hProperties: { className: ['credit'] } },
                  children: [{ type: 'text', value: `Credit: ${credit}` }],
                },
              ]
            : []),
        ],
      };
      node.data = { hName: 'figure', hProperties: { className: ['media-caption'], dataPagefindIgnore: '' } };
      node.attributes = {};
      node.children = [figcaption as never];
    });
  };
}
