import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The only link targets an entry may carry: absolute URLs with these schemes. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function isAllowedHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  try {
    // No base: relative and protocol-relative (`//host/x`) addresses throw.
    return ALLOWED_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Entry bodies link only to absolute http(s) and mailto addresses: any other
 * `href` (relative, protocol-relative, or a scheme the sanitiser let through)
 * is removed and the link's text kept. Entries carry no images: an `<img>`
 * becomes its alt text, so a hand-edited image loads nothing from anywhere.
 * Runs after rehype-sanitize.
 */
export default function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a' && !isAllowedHref(node.properties.href)) delete node.properties.href;
      if (node.tagName === 'img' && parent && index !== undefined) {
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
        const text: Text = { type: 'text', value: alt };
        parent.children.splice(index, 1, text);
        return [SKIP, index + 1];
      }
      return undefined;
    });
  };
}
