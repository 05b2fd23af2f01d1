import type { Root, Text } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const KNOWN_CONTAINERS = new Set(['quote', 'caption']);

/**
 * Directive syntax the archive does not define. Inline and leaf forms (a
 * hand-typed "note:this" parses as one) go back to the exact source text; an
 * unknown `:::container` is an authoring mistake and fails with its location.
 * Runs after the plugins that handle the known directives.
 */
export default function remarkStrayDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directives;
      if (directive.type === 'containerDirective') {
        if (KNOWN_CONTAINERS.has(directive.name) && directive.data?.hName) return;
        file.fail(`unknown directive ":::${directive.name}": entries may only use :::quote and :::caption`, directive);
      }
      if (!parent || index === undefined) return;
      const start = directive.position?.start.offset;
      const end = directive.position?.end.offset;
      const value =
        start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${directive.name}`;
      const text: Text = { type: 'text', value };
      parent.children.splice(
        index,
        1,
        directive.type === 'leafDirective' ? ({ type: 'paragraph', children: [text] } as never) : (text as never),
      );
      return [SKIP, index + 1];
    });
  };
}
