/**
 * The build's account of every article, from raw source to search record:
 * every source has an entry or a recorded refusal, every entry exactly one
 * story page and one search record, and nothing is built that no entry asked
 * for. Pure: src/build/reconcile-site.ts gathers the lists.
 */

export interface EntryAccount {
  /** The entry file, e.g. content/articles/x.md. */
  readonly file: string;
  /** `source.path`: content/sources/… */
  readonly sourcePath: string;
  readonly sourcePart?: string;
  /** Its story URL path from storyPath(), without the base path. */
  readonly path: string;
}

export interface RefusalAccount {
  /** The record file, e.g. content/refusals/x.txt.yaml. */
  readonly file: string;
  readonly sourcePath: string;
}

export interface ReconcileInput {
  /** Every raw source, as content/sources/… paths. */
  readonly sources: readonly string[];
  readonly entries: readonly EntryAccount[];
  readonly refusals: readonly RefusalAccount[];
  /** URL paths of the story pages built. */
  readonly storyPages: readonly string[];
  /** URL paths of the pages in the search index, one per record. */
  readonly searchRecords: readonly string[];
  /**
   * The story paths this build holds, when it is one part of a split build
   * (its shard's years; see build/build-part.ts): stories outside it need no
   * story page or search record here and must have none. Absent: every story.
   */
  readonly holds?: (storyPath: string) => boolean;
}

export interface Reconciliation {
  readonly counts: {
    readonly sources: number;
    readonly refused: number;
    readonly entries: number;
    readonly storyPages: number;
    readonly searchRecords: number;
  };
  /** One line per mismatch, naming what is missing or extra; empty when all is accounted for. */
  readonly problems: string[];
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const problems: string[] = [];
  const sources = new Set(input.sources);
  const entriesBySource = new Map<string, EntryAccount[]>();
  for (const entry of input.entries) {
    entriesBySource.set(entry.sourcePath, [...(entriesBySource.get(entry.sourcePath) ?? []), entry]);
  }
  const refused = new Set(input.refusals.map((r) => r.sourcePath));

  for (const source of input.sources) {
    if (!entriesBySource.has(source) && !refused.has(source)) {
      problems.push(`${source}: no entry and no recorded refusal; run \`npm run ingest\``);
    }
  }
  for (const [source, entries] of entriesBySource) {
    if (!sources.has(source)) {
      problems.push(`${entries.map((e) => e.file).join(', ')}: source.path: ${source} does not exist`);
    }
    for (const [part, count] of countBy(entries.map((e) => e.sourcePart ?? ''))) {
      if (count > 1) {
        const files = entries.filter((e) => (e.sourcePart ?? '') === part).map((e) => e.file);
        problems.push(
          `${files.join(', ')}: source: ${count} entries of ${source}${part ? ` part ${part}` : ''}; keep one`,
        );
      }
    }
  }
  for (const refusal of input.refusals) {
    if (!sources.has(refusal.sourcePath)) {
      problems.push(`${refusal.file}: source.path: ${refusal.sourcePath} does not exist; remove the record`);
    }
  }

  const pages = countBy(input.storyPages);
  const records = countBy(input.searchRecords);
  const wanted = new Set(input.entries.map((e) => e.path));
  for (const entry of input.entries) {
    const expected = (input.holds?.(entry.path) ?? true) ? 1 : 0;
    const pageCount = pages.get(entry.path) ?? 0;
    if (pageCount !== expected) {
      problems.push(`${entry.file}: ${pageCount} story pages at ${entry.path} (expected ${expected})`);
    }
    const recordCount = records.get(entry.path) ?? 0;
    if (recordCount !== expected) {
      problems.push(`${entry.file}: ${recordCount} search records for ${entry.path} (expected ${expected})`);
    }
  }
  for (const page of pages.keys())
    if (!wanted.has(page)) problems.push(`${page}: a story page that no entry asked for`);
  for (const record of records.keys())
    if (!wanted.has(record)) problems.push(`${record}: a search record for no entry`);

  return {
    counts: {
      sources: input.sources.length,
      refused: input.refusals.length,
      entries: input.entries.length,
      storyPages: input.storyPages.length,
      searchRecords: input.searchRecords.length,
    },
    problems,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "5 sources (1 with a recorded refusal) → 4 entries → 4 story pages → 4 search records". */
export function describeCounts({ counts }: Reconciliation): string {
  const refused = counts.refused > 0 ? ` (${counts.refused} with a recorded refusal)` : '';
  return [
    `${plural(counts.sources, 'source')}${refused}`,
    plural(counts.entries, 'entry').replace(/entrys$/, 'entries'),
    plural(counts.storyPages, 'story page'),
    plural(counts.searchRecords, 'search record'),
  ].join(' → ');
}
