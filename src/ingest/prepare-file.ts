import type { DatingSettings } from './deciding/batch-dating.ts';
import { type ArticleDecision, type BuiltSource, buildEntries } from './deciding/build-entry.ts';
import type { SourceRef } from './reading/collect-sources.ts';
import type { PeopleCorrections } from './deciding/fields/people.ts';
import type { PublicationTable } from './deciding/fields/publications.ts';
import type { Override } from './deciding/overrides-schema.ts';
import { readBounded } from './reading/read-bounded.ts';
import { renderEntry } from './writing/render-entry.ts';

/** What preparing a file needs to know of the run. */
export interface PrepareSettings {
  readonly overrides: ReadonlyMap<string, Override>;
  readonly publications: PublicationTable;
  readonly people: PeopleCorrections;
  readonly maxFileSize: number;
  /** The run's `--date` and content/ingest.yaml's `dates` rules. */
  readonly dating?: DatingSettings;
}

/** An article's decision and, when it is accepted, its entry text as rendered with the slug it asked for. */
export type PreparedArticle = ArticleDecision & { readonly text?: string };

export type PreparedFile =
  | { readonly ok: false; readonly field: string; readonly reason: string }
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly format: string;
      readonly encoding: string;
      readonly notes: readonly string[];
      readonly articles: readonly PreparedArticle[];
    };

/**
 * The part of ingesting a file that depends on nothing but the file and the
 * settings: read it, decide each article's entry and render it. It never
 * touches content/, so files can be read and prepared ahead while the run
 * commits them one by one, in order.
 */
export async function prepareFile(source: SourceRef, settings: PrepareSettings): Promise<PreparedFile> {
  const tooLarge = (size: string) => ({
    ok: false as const,
    field: '(file)',
    reason:
      `is ${size}, over the ${formatSize(settings.maxFileSize)} limit; ` +
      'raise maxFileSize in content/ingest.yaml (or pass --max-size) if it really is one article',
  });
  if (source.size > settings.maxFileSize) return tooLarge(formatSize(source.size));
  let bytes: Uint8Array;
  try {
    // Synchronous: on a worker, or between files, nothing else waits; it costs less than the promise API.
    const read = readBounded(source.file, settings.maxFileSize);
    if (!read.ok) {
      return read.tooLarge === undefined
        ? { ok: false, field: '(file)', reason: read.reason }
        : tooLarge(`more than ${formatSize(settings.maxFileSize)} when read`);
    }
    bytes = read.bytes;
  } catch (error) {
    return { ok: false, field: '(file)', reason: `could not be read: ${(error as Error).message}` };
  }
  try {
    const built = decideSource(source.name, bytes, settings);
    if (!built.ok) return { ok: false, ...built.problem };
    const articles = built.articles.map((decision) =>
      decision.ok ? { ...decision, text: renderEntry(decision.data, decision.body) } : decision,
    );
    return { ok: true, bytes, format: built.format, encoding: built.encoding, notes: built.notes, articles };
  } catch (error) {
    // A bug, not the archivist's fault: the file is refused, with what went wrong, and the run goes on.
    return {
      ok: false,
      field: '(file)',
      reason: `the ingester failed on it (${(error as Error).message}); please report this with the file`,
    };
  }
}

/** A file's bytes → the decision for each of its articles, as prepareFile makes it. */
export function decideSource(name: string, bytes: Uint8Array, settings: PrepareSettings): BuiltSource {
  return buildEntries({
    name,
    bytes,
    overrides: settings.overrides,
    publications: settings.publications,
    people: settings.people,
    ...(settings.dating ? { dating: settings.dating } : {}),
    // Undated articles are decided without a date: the commit carries an earlier date forward or applies the policy.
    undated: 'keep',
  });
}

/** 1536 → "1.5 KB"; binary units, as the limit is written. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '')} ${units[unit]}`;
}
