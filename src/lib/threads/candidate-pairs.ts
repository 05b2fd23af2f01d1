/**
 * Which stories are worth comparing: those that share a key (a person, a
 * telling word) and are near in time. Each key's stories are walked in date
 * order and each is paired with at most `neighbours` later ones within
 * `windowDays`, so the number of pairs grows with the archive, not its
 * square.
 */
export interface Dated {
  /** First and last day (days since 1970) the story's date could mean: a story dated "2021" spans the year. */
  readonly start: number;
  readonly end: number;
}

export interface PairOptions {
  readonly windowDays: number;
  readonly neighbours: number;
}

/** Days between two date spans; 0 when they overlap. */
export function gapDays(a: Dated, b: Dated): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** Candidate pairs [i, j] with i < j, each once, in ascending order. */
export function candidatePairs(
  items: readonly Dated[],
  keysOf: (index: number) => Iterable<string>,
  { windowDays, neighbours }: PairOptions,
): [number, number][] {
  const byKey = new Map<string, number[]>();
  items.forEach((_, index) => {
    for (const key of keysOf(index)) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && j <= i + neighbours; j += 1) {
        const b = list[j]!;
        if (items[b]!.start - items[a]!.end > windowDays) break;
        const [low, high] = a < b ? [a, b] : [b, a];
        const code = low * items.length + high;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([low, high]);
      }
    }
  }
  return pairs.sort(([a, b], [c, d]) => a - c || b - d);
}
