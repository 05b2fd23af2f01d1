import type { Element, Root } from 'hast';
import { addTo, type Tally } from './tally.ts';

/**
 * Says what an element is when it is to go (a label for the report), else
 * undefined. `previous` is the label of the element sibling just removed
 * before it, if any, so a rule can take a heading and the list it heads.
 */
export type Judge = (element: Element, previous: string | undefined) => string | undefined;

/** Removes, in place and in one pass, every element the judge labels (without looking inside it). */
export function pruneHast(tree: Root | Element, judge: Judge): Tally {
  const tally: Tally = new Map();
  prune(tree, judge, tally);
  return tally;
}

function prune(parent: Root | Element, judge: Judge, tally: Tally): void {
  let previous: string | undefined;
  const kept: unknown[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    const label = judge(child, previous);
    previous = label;
    if (label) {
      addTo(tally, label);
      continue;
    }
    prune(child, judge, tally);
    kept.push(child);
  }
  parent.children = kept as never;
}
