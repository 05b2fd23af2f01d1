import type { Element, ElementContent, Root } from 'hast';
import { isWebUrl } from '../body-contract.ts';

/**
 * Makes every link absolute against the page URL (when known) and unwraps
 * links that are then not http(s), or point only within the page: their text
 * stays, the link goes. Returns how many were unwrapped.
 */
export function resolveLinks(tree: Root | Element, baseUrl: string | undefined): number {
  let unwrapped = 0;
  const visit = (parent: Root | Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'element') {
        children.push(child);
        continue;
      }
      visit(child);
      if (child.tagName !== 'a') {
        children.push(child);
        continue;
      }
      const href = absoluteWebUrl(String(child.properties.href ?? ''), baseUrl);
      if (href) {
        child.properties = { href };
        children.push(child);
      } else {
        unwrapped += 1;
        children.push(...child.children);
      }
    }
    parent.children = children as never;
  };
  visit(tree);
  return unwrapped;
}

/** The http(s) URL an href means on the page, or undefined (other schemes, in-page anchors, unparsable). */
function absoluteWebUrl(href: string, baseUrl: string | undefined): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = baseUrl && isWebUrl(baseUrl) ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return undefined;
  }
  return isWebUrl(url.href) ? url.href : undefined;
}
