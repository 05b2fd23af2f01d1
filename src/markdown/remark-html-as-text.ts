import type { Html, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Entries never carry markup: any raw HTML in an entry (from a hand edit) is
 * shown as the literal text it is, so nothing is lost and nothing runs.
 */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      parent.children[index] =
        parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
          ? { type: 'paragraph', children: [text] }
          : text;
    });
  };
}
