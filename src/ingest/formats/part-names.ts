/**
 * The `part` of each article of a file that holds several (see received.ts),
 * and the suffix it gives the article's entry file, `<name>--<suffix>.md`.
 * No two articles of a file may end in one entry file, so parts are compared
 * by their suffix, case left out (a file system may not tell "A" from "a").
 */

/** The part as it can stand in a file name: runs of other characters become "-". */
export function partSuffix(part: string): string {
  return fileSafe(part) || 'part';
}

function fileSafe(part: string): string {
  return part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
}

export interface NamedPart {
  readonly part: string;
  /** Why the article is not named by its own id, for the report. */
  readonly note?: string;
}

/**
 * Each article's part, from its own id (undefined when it has none): the id
 * when no other article of the file takes the same entry file, else its
 * 1-based position, made unique ("2", then "2-2"…) when an id already takes it.
 * None for the only article of a file.
 */
export function nameParts(ids: readonly (string | undefined)[]): (NamedPart | undefined)[] {
  if (ids.length === 1) return [undefined];
  const keyOf = (part: string) => partSuffix(part).toLowerCase();
  const usable = ids.map((id) => (id !== undefined && fileSafe(id) !== '' ? id.trim() : undefined));
  const holders = new Map<string, number[]>();
  usable.forEach((id, index) => {
    if (id !== undefined) holders.set(keyOf(id), [...(holders.get(keyOf(id)) ?? []), index + 1]);
  });
  const taken = new Set<string>();
  for (const [key, positions] of holders) if (positions.length === 1) taken.add(key);
  return usable.map((id, index) => {
    const position = index + 1;
    const sharers = id === undefined ? [] : holders.get(keyOf(id))!;
    if (id !== undefined && sharers.length === 1) return { part: id };
    let part = String(position);
    for (let n = 2; taken.has(keyOf(part)); n += 1) part = `${position}-${n}`;
    taken.add(keyOf(part));
    const others = sharers.filter((p) => p !== position);
    if (others.length > 0) {
      const same = others.some((p) => usable[p - 1] === id) ? 'the same id' : 'an id that makes the same file name';
      return {
        part,
        note: `its id "${id}" is shared with article ${others.join(', ')} of the file (${same}); named by its position as part ${part}`,
      };
    }
    return part === String(position)
      ? { part }
      : { part, note: `it has no id, and its position ${position} is another article's id; named part ${part}` };
  });
}
