import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { sha256Hex } from './entry-hash.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';

/** Bumped whenever the record's shape or meaning changes: a record of another version is not read. */
const RECORD_VERSION = 5;

/** One article of a recorded source: what the ingester made of it, to be checked against the archive. */
const recordedArticleSchema = z.strictObject({
  part: z.string().optional(),
  /** Its entry file, e.g. content/articles/x.md. */
  entry: z.string(),
  /** SHA-256 of the entry's whole text as the ingester wrote (or found) it. */
  entrySha256: z.string(),
  /** The entry file's stamp then (see file-stamp.ts): the same stamp now, the same text, unread. */
  entryStamp: z.string(),
  /** The `published` value (absent: undated) and the slug the article asked for, before it was made unique. */
  published: z.string().optional(),
  slug: z.string(),
  /** The slug the entry got. */
  finalSlug: z.string(),
  /** The entry's `ingest.textSha256`. */
  textSha256: z.string(),
  /** The decision's notes, without the one about a changed slug (that is made again). */
  notes: z.array(z.string()),
});

/** A source whose every article has an entry, as the last run that committed it left it. */
const recordedSourceSchema = z.strictObject({
  /** SHA-256 of the source's bytes. */
  sha256: z.string(),
  /** The source file's stamp when it was listed (see file-stamp.ts): the same stamp now, the same bytes, unread. */
  stamp: z.string(),
  format: z.string(),
  encoding: z.string(),
  /** The file's notes (from decoding). */
  notes: z.array(z.string()),
  articles: z.array(recordedArticleSchema).min(1),
});

/** One refused article of a refused source, as the run reported it. */
const recordedRefusalSchema = z.strictObject({
  part: z.string().optional(),
  field: z.string(),
  reason: z.string(),
  notes: z.array(z.string()),
  /** Refused for want of a date (see ingest-file.ts), which an entry made since would change. */
  undated: z.boolean(),
});

/**
 * A source every article of which was refused for what the source itself
 * holds (its bytes, read with the settings the fingerprint covers), never
 * for what else is in the archive: the next run reports the same refusals
 * without preparing it again.
 */
const refusedSourceSchema = z.strictObject({
  /** SHA-256 of the source's bytes, when they were read (a file too large is refused unread). */
  sha256: z.string().optional(),
  stamp: z.string(),
  format: z.string().optional(),
  encoding: z.string().optional(),
  refusals: z.array(recordedRefusalSchema).min(1),
});

const ingestRecordSchema = z.strictObject({
  version: z.literal(RECORD_VERSION),
  /** The ingester's fingerprint (see ingester-fingerprint.ts) the sources were prepared with. */
  fingerprint: z.string(),
  /** By source path under content/sources/. */
  sources: z.record(z.string(), recordedSourceSchema),
  /** Refused sources, by source path under content/sources/. */
  refused: z.record(z.string(), refusedSourceSchema),
});

export type RecordedSource = z.infer<typeof recordedSourceSchema>;
export type RecordedArticle = z.infer<typeof recordedArticleSchema>;
export type RefusedSource = z.infer<typeof refusedSourceSchema>;

/** What the last run with the same fingerprint left: sources with their entries, and refused sources. */
export interface IngestRecord {
  readonly sources: Map<string, RecordedSource>;
  readonly refused: Map<string, RefusedSource>;
}

/** A record of nothing: every source is prepared. */
export function emptyRecord(): IngestRecord {
  return { sources: new Map(), refused: new Map() };
}

/**
 * Where the ingester keeps what it knows of a content folder between runs
 * (`kind`: the record, the overrides as read): outside it, in the project's
 * node_modules/.cache/, one file per content folder (by its absolute path).
 */
export function ingestCacheFile(root: string, kind: string, extension: string): string {
  const contentDir = resolve(root, 'content');
  return join(root, 'node_modules/.cache/news-archive', `${kind}-${sha256Hex(contentDir).slice(0, 12)}.${extension}`);
}

/** Where the record of a content folder lives (see ingestCacheFile). */
export function recordFileFor(root: string): string {
  return ingestCacheFile(root, 'ingest', 'json');
}

/**
 * The sources recorded by the last run with this fingerprint. A missing or
 * unreadable record, one of another version or fingerprint, gives none:
 * every source is then prepared, as if there were no record.
 */
export function readIngestRecord(root: string, fingerprint: string): IngestRecord {
  try {
    const parsed = ingestRecordSchema.safeParse(JSON.parse(readFileSync(recordFileFor(root), 'utf8')));
    if (!parsed.success || parsed.data.fingerprint !== fingerprint) return emptyRecord();
    return {
      sources: new Map(Object.entries(parsed.data.sources)),
      refused: new Map(Object.entries(parsed.data.refused)),
    };
  } catch {
    return emptyRecord();
  }
}

/**
 * Replaces the record (atomically: a killed run leaves the old one or the new
 * one). A record that cannot be written is left out: the next run prepares
 * more, and nothing else depends on it.
 */
export async function writeIngestRecord(root: string, fingerprint: string, record: IngestRecord): Promise<void> {
  const byName = <T>(map: ReadonlyMap<string, T>) =>
    Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const written = {
    version: RECORD_VERSION,
    fingerprint,
    sources: byName(record.sources),
    refused: byName(record.refused),
  };
  await writeFileAtomic(recordFileFor(root), JSON.stringify(written)).catch(() => undefined);
}
