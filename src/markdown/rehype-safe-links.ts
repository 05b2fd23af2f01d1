import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The schemes an absolute link in an entry may use. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Stands in for the archive when resolving a relative link: only where it lands matters. */
const ARCHIVE = new URL('https://archive.invalid/story/');
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

function isAllowedHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  try {
    const url = new URL(href, ARCHIVE);
    // A relative link (a footnote's #fragment, a /path in the archive) stays on the archive;
    // a protocol-relative //host/x or /\host does not, and is dropped.
    if (!HAS_SCHEME.test(href.trim())) return url.origin === ARCHIVE.origin;
    return ALLOWED_SCHEMES.has(url.protocol);
  } catch {
    return false;
  }
}

/**
 * Entry bodies link only to http(s) and mailto addresses and within the
 * archive (relative links, footnotes): any other `href` (another scheme, or
 * a protocol-relative address that leaves the archive) is removed and the
 * link's text kept. Entries carry no images: an `<img>`
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
