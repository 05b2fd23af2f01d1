import type { Element, Root } from 'hast';
import { furnitureLabel } from './furniture-rules.ts';
import { isLinkList } from './furniture-text.ts';
import { hastFacts, textOf } from './hast-facts.ts';
import { pruneHast } from './prune-hast.ts';
import { furnitureTextRules } from '../../rules/load-rules.ts';
import type { Tally } from './tally.ts';

/**
 * Drops page furniture from a fragment (see furniture-rules.ts). An element
 * that holds half the fragment's paragraph text or more is kept whatever its
 * class says: some sites wrap the story itself in a "paywall" or "comment"
 * box.
 */
const FOLLOWER_LINK_SHARE = furnitureTextRules().relatedFollowerLinkShare;

export function dropFurnitureFromHast(tree: Root): Tally {
  const half = paragraphTextLength(tree) / 2;
  return pruneHast(tree, (element, previous) => {
    const facts = hastFacts(element);
    if (previous === 'related links' && (isLinkList(facts) || facts.linkShare() >= FOLLOWER_LINK_SHARE)) {
      return 'related links';
    }
    const label = furnitureLabel(facts);
    if (!label) return undefined;
    return half > 0 && paragraphTextLength(element) >= half ? undefined : label;
  });
}

function paragraphTextLength(node: Root | Element): number {
  let length = 0;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    length += child.tagName === 'p' ? textOf(child).trim().length : paragraphTextLength(child);
  }
  return length;
}
