/** Counts of dropped things by label, for the reader's notes. */
export type Tally = Map<string, number>;

export function addTo(tally: Tally, label: string, count = 1): void {
  tally.set(label, (tally.get(label) ?? 0) + count);
}

export function mergeTallies(...tallies: readonly Tally[]): Tally {
  const merged: Tally = new Map();
  for (const tally of tallies) for (const [label, count] of tally) addTo(merged, label, count);
  return merged;
}

/** "dropped 3 page furniture blocks (2 share bar, related links)", or nothing when the tally is empty. */
export function describeDropped(tally: Tally, what: string): string | undefined {
  const total = [...tally.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  const parts = [...tally].map(([label, count]) => (count > 1 ? `${count} ${label}` : label));
  return `dropped ${total} ${what}${total > 1 ? 's' : ''} (${parts.join(', ')})`;
}
