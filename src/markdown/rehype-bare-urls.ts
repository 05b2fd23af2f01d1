import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** An absolute address as the URL parser writes it, or undefined. */
function absolute(address: string): string | undefined {
  try {
    return new URL(address).href;
  } catch {
    return undefined;
  }
}

/**
 * Whether a link's text is its own address: "https://t.co/x" or "t.co/x"
 * for https://t.co/x (http and https alike), "desk@example.com" for
 * mailto:desk@example.com. A link within the archive never is.
 */
export function namesItsAddress(text: string, href: string): boolean {
  const shown = text.trim();
  if (shown === '' || /\s/.test(shown)) return false;
  if (href.startsWith('mailto:')) return href.slice('mailto:'.length) === shown;
  const target = absolute(href);
  const named = absolute(HAS_SCHEME.test(shown) ? shown : `https://${shown}`);
  const withoutScheme = (address: string) => address.replace(/^https?:/, '');
  return target !== undefined && named !== undefined && withoutScheme(named) === withoutScheme(target);
}

/**
 * A link whose text is its own address (a pasted "https://t.co/…") gets
 * `data-bare-url`, so that a printed story, which writes every link's
 * address after its text (global.css), does not write this one twice.
 * Runs after rehype-safe-links: only a link that kept its `href` is marked.
 */
export default function rehypeBareUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && namesItsAddress(toText(node), href))
        node.properties.dataBareUrl = '';
    });
  };
}
