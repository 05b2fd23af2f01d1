import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listFiles } from '../../files/list-files.ts';
import { stringify } from 'yaml';
import type { RefusalRecord } from '../../entry/refusal.ts';
import { SOURCES_DIR } from '../reading/collect-sources.ts';
import type { FileOutcome } from '../ingest-file.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';

export const REFUSALS_DIR = 'content/refusals';

/** The record of a source (its path under content/sources/). */
export function refusalFileFor(name: string): string {
  return `${REFUSALS_DIR}/${name}.yaml`;
}

/**
 * The records in content/refusals/ when a run starts, by path under the
 * project, so that a source with nothing refused costs no look at the disk.
 */
export async function listRefusalRecords(root: string): Promise<Set<string>> {
  return new Set(
    (await listFiles(join(root, REFUSALS_DIR), { hidden: true })).map((name) => `${REFUSALS_DIR}/${name}`),
  );
}

/**
 * Keeps content/refusals/ in step with a committed source: when a file in
 * content/sources/ has articles that got no entry (refused, or a duplicate of
 * another entry), its record lists them with field and reason; when every
 * article has an entry, a record left from an earlier run is removed. A file
 * from outside content/sources/ that was not archived is not a source, and
 * gets no record. Written atomically, like entries. `present` holds the
 * records on disk (see listRefusalRecords), kept in step.
 */
export async function recordRefusals(root: string, outcome: FileOutcome, present: Set<string>): Promise<void> {
  const { source } = outcome;
  const archivedPath = resolve(root, SOURCES_DIR, source.name);
  const archived =
    resolve(source.file) === archivedPath ||
    outcome.articles.some((a) => a.status !== 'refused' && a.status !== 'duplicate');
  if (!archived) return;
  const recordFile = refusalFileFor(source.name);
  const recordPath = join(root, recordFile);
  const missing = outcome.articles.filter((a) => a.status === 'refused' || a.status === 'duplicate');
  if (missing.length === 0) {
    if (present.delete(recordFile)) await rm(recordPath, { force: true });
    return;
  }
  const bytes = await readFile(archivedPath);
  const record: RefusalRecord = {
    source: { path: `${SOURCES_DIR}/${source.name}`, sha256: createHash('sha256').update(bytes).digest('hex') },
    articles: missing.map((article) => ({
      ...(article.part !== undefined ? { part: article.part } : {}),
      status: article.status === 'duplicate' ? 'duplicate' : 'refused',
      field: article.problem?.field ?? 'body',
      reason: article.problem?.reason ?? `the same text as ${article.entry ?? 'another entry'}; no entry made`,
    })),
  };
  await writeFileAtomic(
    recordPath,
    `# Written by npm run ingest: articles of this source that have no entry, and why.\n${stringify(record)}`,
  );
  present.add(recordFile);
}
