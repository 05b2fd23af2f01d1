import { UnionFind } from './union-find.ts';

export interface Link {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Joins items into groups from scored links, strongest first. Two groups are
 * joined only when the links between them number at least `share` of the
 * smaller group's size, so one stray link between two events (two fires in
 * one fortnight) does not merge them, as plain single linkage would; a lone
 * item joins on one link. Deterministic: ties in score go by the items' indexes.
 */
export function clusterLinks(count: number, links: readonly Link[], share: number): UnionFind {
  const sets = new UnionFind(count);
  const size = new Map<number, number>();
  const between = new Map<number, Map<number, number>>();
  const sizeOf = (root: number) => size.get(root) ?? 1;
  const counts = (root: number) => {
    let map = between.get(root);
    if (!map) between.set(root, (map = new Map()));
    return map;
  };
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) continue;
    const n = (counts(ra).get(rb) ?? 0) + 1;
    counts(ra).set(rb, n);
    counts(rb).set(ra, n);
    if (n < Math.max(1, Math.ceil(share * Math.min(sizeOf(ra), sizeOf(rb))))) continue;
    sets.union(ra, rb);
    const root = sets.find(ra);
    const gone = root === ra ? rb : ra;
    size.set(root, sizeOf(ra) + sizeOf(rb));
    // The joined group's link counts are the sum of both groups'.
    for (const [other, c] of counts(gone)) {
      if (other === root) continue;
      const total = (counts(root).get(other) ?? 0) + c;
      counts(root).set(other, total);
      counts(other).set(root, total);
      counts(other).delete(gone);
    }
    counts(root).delete(gone);
    between.delete(gone);
  }
  return sets;
}
