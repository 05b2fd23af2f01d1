import { join } from 'node:path';
import { SOURCES_DIR, type SourceRef } from '../reading/collect-sources.ts';
import { sha256Hex } from './entry-hash.ts';
import { entryFileFor, type EntryStore, type ExistingEntry } from './existing-entries.ts';
import { stampOf } from './file-stamp.ts';
import { chooseSlug, type ArticleOutcome, type FileOutcome, type IngestContext } from '../ingest-file.ts';
import type { RecordedArticle, RecordedSource } from './ingest-record.ts';
import type { PreparedFile } from '../prepare-file.ts';

/**
 * What to record of a committed source, so that a later run can skip
 * preparing it: only a source each of whose articles has its entry (created,
 * updated or unchanged), with the entry's text as it now is on disk.
 */
export function recordSource(
  root: string,
  prepared: PreparedFile,
  outcome: FileOutcome,
  entries: EntryStore,
): RecordedSource | undefined {
  const sourcePath = `${SOURCES_DIR}/${outcome.source.name}`;
  if (!prepared.ok || prepared.articles.length === 0 || outcome.articles.length !== prepared.articles.length) {
    return undefined;
  }
  const articles = [];
  for (const [index, decision] of prepared.articles.entries()) {
    const done = outcome.articles[index]!;
    if (!decision.ok || !['created', 'updated', 'unchanged'].includes(done.status) || !done.entry) return undefined;
    const entry = entries.get(done.entry);
    const { address, textSha256 } = entry ?? {};
    if (!entry || !address || !textSha256 || address.published !== decision.data.published) return undefined;
    const entryStamp = stampOf(join(root, done.entry));
    if (entryStamp === undefined) return undefined;
    if (entry.sourcePath !== sourcePath || entry.sourcePart !== decision.part) return undefined;
    articles.push({
      ...(decision.part !== undefined ? { part: decision.part } : {}),
      entry: done.entry,
      entrySha256: entry.sha256,
      entryStamp,
      ...(decision.data.published !== undefined ? { published: decision.data.published } : {}),
      slug: decision.data.slug,
      finalSlug: address.slug,
      textSha256,
      notes: [...decision.notes],
    });
  }
  return {
    sha256: sha256Hex(prepared.bytes),
    stamp: outcome.source.stamp,
    format: prepared.format,
    encoding: prepared.encoding,
    notes: [...prepared.notes],
    articles,
  };
}

/**
 * The outcome of a recorded source whose bytes and ingester fingerprint are
 * those of the record, without preparing it: each article `unchanged`, as
 * committing it again would find it, provided that what committing checks
 * against the rest of the archive still holds: the overrides for it are
 * valid, its entry is on disk exactly as recorded, no other entry holds its
 * text first, and its slug comes out the same (the note on a changed slug
 * names the entry holding the URL now). Otherwise undefined: prepare it.
 */
export function replaySource(
  source: SourceRef,
  recorded: RecordedSource,
  context: IngestContext,
): FileOutcome | undefined {
  const { entries, overrides } = context;
  if (overrides.broken) return undefined;
  const articles: ArticleOutcome[] = [];
  for (const article of recorded.articles) {
    const { part, entry: file } = article;
    const key = part === undefined ? source.name : `${source.name}#${part}`;
    if (overrides.problems.has(key) || file !== entryFileFor(source.name, part)) return undefined;
    const existing = entries.get(file);
    if (!existing || existing.sha256 !== article.entrySha256) return undefined;
    if (existing.sourcePath !== `${SOURCES_DIR}/${source.name}` || existing.sourcePart !== part) return undefined;
    const original = existing.textSha256 ? entries.holderOfText(existing.textSha256) : undefined;
    if (original && original !== file) return undefined;
    const { slug, note } = chooseSlug(article, file, entries);
    if (slug !== article.finalSlug) return undefined;
    articles.push({
      ...(part !== undefined ? { part } : {}),
      status: 'unchanged',
      entry: file,
      notes: [...recorded.notes, ...article.notes, ...(note ? [note] : [])],
    });
  }
  return { source, format: recorded.format, encoding: recorded.encoding, articles };
}

/**
 * A replayed source's record with the stamps its files have now: a source or
 * entry read again because its stamp changed (touched, copied, checked out)
 * and found as recorded is then known by its new stamp, and not read again.
 */
export function withCurrentStamps(recorded: RecordedSource, source: SourceRef, entries: EntryStore): RecordedSource {
  return {
    ...recorded,
    stamp: source.stamp,
    articles: recorded.articles.map((article) => ({
      ...article,
      entryStamp: entries.get(article.entry)?.stamp ?? article.entryStamp,
    })),
  };
}

/**
 * The entries the record describes, by file: an entry file with the
 * recorded stamp (see file-stamp.ts) holds the text the ingester wrote, so
 * its hash, address, source and text fingerprint are known without reading
 * it. An entry with another stamp is read and described from its front matter.
 */
export function describeRecordedEntry(
  record: ReadonlyMap<string, RecordedSource>,
): (file: string, stamp: string, readText: () => string) => ExistingEntry | undefined {
  const byFile = new Map<string, { name: string; article: RecordedArticle }>();
  for (const [name, source] of record)
    for (const article of source.articles) byFile.set(article.entry, { name, article });
  return (file, stamp, readText) => {
    const known = byFile.get(file);
    if (!known || stamp !== known.article.entryStamp) return undefined;
    const { part, published, finalSlug, textSha256, entrySha256 } = known.article;
    return {
      file,
      sha256: entrySha256,
      readText,
      stamp,
      address: published === undefined ? { slug: finalSlug } : { published, slug: finalSlug },
      sourcePath: `${SOURCES_DIR}/${known.name}`,
      ...(part !== undefined ? { sourcePart: part } : {}),
      textSha256,
    };
  };
}
