import { listFiles } from '../files/list-files.ts';
import { join, relative, resolve } from 'node:path';
import type { GivenDate } from './deciding/batch-dating.ts';
import { collectSources, SOURCES_DIR, type SourceRef } from './reading/collect-sources.ts';
import { overrideExample } from './deciding/decide-entry.ts';
import { type EntryStore, loadEntries } from './writing/existing-entries.ts';
import { DEFAULT_PUBLICATIONS, mergePublicationTables } from './deciding/fields/publications.ts';
import { loadIngestConfig } from './ingest-config.ts';
import { codeFingerprint, hashFileOrMissing, ingesterFingerprint } from './ingester-fingerprint.ts';
import {
  emptyRecord,
  type IngestRecord,
  readIngestRecord,
  type RecordedArticle,
  type RecordedSource,
  type RefusedSource,
  writeIngestRecord,
} from './writing/ingest-record.ts';
import { recordRefusedSource, replayRefusal } from './writing/replay-refusal.ts';
import { type ArticleOutcome, commitFile, type FileOutcome, type Status } from './ingest-file.ts';
import { loadOverrides, OVERRIDES_FILE } from './deciding/overrides.ts';
import { createPreparer } from './prepare-ahead.ts';
import type { PreparedFile } from './prepare-file.ts';
import { ProgressBar } from './progress.ts';
import { listRefusalRecords, recordRefusals } from './writing/record-refusals.ts';
import { acquireRunLock } from './run-lock.ts';
import { type UndatedReport, undatedReport } from './undated-report.ts';
import { describeRecordedEntry, recordSource, replaySource, withCurrentStamps } from './writing/replay-source.ts';
import { removeStaleTemporaryFiles, WriteFailure } from '../files/write-file-atomic.ts';

export interface RunOptions {
  /** The project folder: content/ is read and written under it. */
  readonly root: string;
  /** Files and folders to ingest; all of content/sources/ when empty. */
  readonly paths: readonly string[];
  readonly force: boolean;
  /**
   * `--date` and `--reason`: the date of every source in the run that states
   * none (see batch-dating.ts for what wins over it). Validated by the caller.
   */
  readonly batchDate?: GivenDate;
  /** Overrides content/ingest.yaml's maxFileSize, in bytes. */
  readonly maxFileSize?: number;
  /** List every file's outcome, not only those that need a look. */
  readonly verbose: boolean;
  /** Print the whole report as one JSON document instead of lines. */
  readonly json: boolean;
  /** Report lines (or the JSON document). */
  readonly out: (line: string) => void;
  /** Refusals and warnings, each `file: field: reason`. */
  readonly err: (line: string) => void;
  /** Where the progress bar is drawn, when it is a terminal. */
  readonly progressStream?: NodeJS.WriteStream;
  /** Called for each source that is read and prepared, rather than found unchanged from the record. */
  readonly onPrepare?: (source: SourceRef) => void;
}

/** How many files are prepared ahead of the one being committed. */
const PREPARE_AHEAD = 32;

export const STATUSES: readonly Status[] = ['created', 'updated', 'unchanged', 'kept', 'duplicate', 'refused'];

/**
 * Ingests a batch and reports it: a line for each article that needs a look
 * (kept, duplicate, refused, a changed slug; every one with `verbose`), a
 * progress bar on a terminal, one summary at the end. Resolves to the exit
 * code: 1 if anything was refused or the settings cannot be read, 3 if
 * another ingest is running in the project (see run-lock.ts).
 */
export async function runIngest(options: RunOptions): Promise<number> {
  const lock = acquireRunLock(options.root);
  if (!lock.ok) {
    options.err(lock.message);
    return BUSY_EXIT_CODE;
  }
  if (lock.note) options.err(lock.note);
  try {
    return await runLocked(options);
  } finally {
    lock.release();
  }
}

/** The exit code of a run refused because another ingest is running in the project. */
export const BUSY_EXIT_CODE = 3;

async function runLocked(options: RunOptions): Promise<number> {
  const { root, out, err } = options;
  const config = await loadIngestConfig(root);
  if (!config.ok) {
    err(config.message);
    return 1;
  }
  await removeStaleTemporaryFiles(join(root, 'content'));
  const maxFileSize = options.maxFileSize ?? config.config.maxFileSize;
  const overrides = await loadOverrides(root, codeFingerprint());
  // The settings as read, rather than the files' bytes, so that what is fingerprinted is what is used.
  const fingerprint = ingesterFingerprint(
    JSON.stringify({
      config: { ...config.config, maxFileSize },
      overrides: { ...overrides, byFile: [...overrides.byFile], problems: [...overrides.problems] },
    }),
  );
  // With --force, the record is neither trusted nor used: every source is prepared, every entry parsed.
  const record = options.force ? emptyRecord() : readIngestRecord(root, fingerprint);
  const entries = await loadEntries(root, describeRecordedEntry(record.sources));
  const { refs, problems } = await collectSources(root, options.paths);
  const context = {
    root,
    overrides,
    entries,
    force: options.force,
    undated: config.config.undated,
    archivedNames: await listArchived(root),
  };
  const settings = {
    overrides: overrides.byFile,
    publications: mergePublicationTables(DEFAULT_PUBLICATIONS, new Map(Object.entries(config.config.publications))),
    people: config.config.people,
    maxFileSize,
    dating: { ...(options.batchDate ? { batch: options.batchDate } : {}), rules: config.config.dates },
  };
  // A run with --date prepares its every source: the date may now apply where the record says otherwise.
  const skippable = options.batchDate ? new Map<number, Replay>() : unchangedSources(root, refs, record, entries);
  const preparer = createPreparer(settings, refs.length - skippable.size);

  const outcomes: FileOutcome[] = problems.map((p) => ({
    source: { file: p.shown, name: p.shown, shown: p.shown, size: 0, stamp: '' },
    articles: [{ status: 'refused', notes: [], problem: { field: p.field, reason: p.reason } }],
  }));
  const progress = new ProgressBar(options.progressStream ?? process.stderr, refs.length);
  const report = (outcome: FileOutcome) => {
    if (options.json) return;
    for (const line of describeFile(outcome, options.verbose)) {
      progress.clear();
      (line.stream === 'err' ? err : out)(line.text);
    }
  };
  outcomes.forEach(report);
  // Files are prepared ahead (see prepare-ahead.ts), on a worker for large batches, and
  // committed here one at a time, in order. A source the record shows unchanged is not
  // prepared, unless what committing it checks against the archive no longer holds.
  const ahead = new Map<number, Promise<PreparedFile>>();
  const prepare = (index: number) => {
    options.onPrepare?.(refs[index]!);
    return preparer.prepare(refs[index]!);
  };
  const refusalRecords = await listRefusalRecords(root);
  let queued = 0;
  let refused = 0;
  let stopped: { source: SourceRef; failure: WriteFailure } | undefined;
  for (const [index, source] of refs.entries()) {
    for (; queued < refs.length && ahead.size < PREPARE_AHEAD; queued += 1) {
      if (!skippable.has(queued)) ahead.set(queued, prepare(queued));
    }
    const replay = skippable.get(index);
    let outcome: FileOutcome | undefined;
    if (replay && 'entries' in replay) {
      outcome = replaySource(source, replay.entries, context);
      if (outcome) record.sources.set(source.name, withCurrentStamps(replay.entries, source, entries));
    } else if (replay) {
      outcome = replayRefusal(source, replay.refused, context);
      if (outcome) record.refused.set(source.name, { ...replay.refused, stamp: source.stamp });
    }
    if (!outcome) {
      const prepared = ahead.get(index) ?? prepare(index);
      ahead.delete(index);
      outcome = await prepared
        .then(async (file) => {
          const committed = await commitFile(source, file, context);
          const next = recordSource(root, file, committed, entries);
          if (next) record.sources.set(source.name, next);
          else record.sources.delete(source.name);
          const refusal = recordRefusedSource(file, committed, context);
          if (refusal) record.refused.set(source.name, refusal);
          else record.refused.delete(source.name);
          return committed;
        })
        .catch((error: Error) => {
          record.sources.delete(source.name);
          record.refused.delete(source.name);
          // A folder the run cannot write to fails every file after this one too: stop here.
          if (error instanceof WriteFailure) stopped = { source, failure: error };
          return failed(source, error);
        });
    }
    if (stopped) break;
    try {
      await recordRefusals(root, outcome, refusalRecords);
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
      stopped = { source, failure: error };
      break;
    }
    outcomes.push(outcome);
    refused += outcome.articles.filter((a) => a.status === 'refused').length;
    report(outcome);
    if (!options.json) progress.tick(refused > 0 ? `· ${refused} refused` : '');
  }
  await preparer.close();
  for (const kept of [record.sources, record.refused])
    for (const name of kept.keys()) if (!context.archivedNames.has(name)) kept.delete(name);
  await writeIngestRecord(root, fingerprint, record);
  progress.clear();
  if (stopped) {
    err(writeStopMessage(root, stopped.source, stopped.failure, outcomes.length, refs.length + problems.length));
    return 1;
  }
  const warnings = options.paths.length === 0 ? unusedOverrides(overrides.byFile.keys(), refs, outcomes) : [];
  const counts = countStatuses(outcomes);
  const exitCode = counts.refused > 0 ? 1 : 0;
  const undated = undatedReport(root, options, outcomes, 'refused');
  const written = undatedReport(root, options, outcomes, 'written');
  if (options.json) {
    out(JSON.stringify(toJsonReport(outcomes, counts, warnings, exitCode, undated, written), null, 2));
  } else {
    warnings.forEach(err);
    if (undated) err(undated.listing);
    summarise(outcomes, counts, undated, written).forEach(out);
  }
  return exitCode;
}

type ReportLine = { stream: 'out' | 'err'; text: string };

function describeFile(outcome: FileOutcome, verbose: boolean): ReportLine[] {
  return outcome.articles.flatMap((article): ReportLine[] => {
    // Listed together at the end of the run (see undatedReport).
    if (article.undated && article.status === 'refused') return [];
    const where = article.part === undefined ? outcome.source.shown : `${outcome.source.shown}#${article.part}`;
    if (article.problem?.field === '(overrides)') {
      // Already "content/overrides.yaml: <key>.<field>: reason" lines.
      return [{ stream: 'err', text: article.problem.reason }];
    }
    if (article.problem) {
      const [first = '', ...rest] = article.problem.reason.split('\n');
      return [{ stream: 'err', text: [`${where}: ${article.problem.field}: ${first}`, ...rest].join('\n') }];
    }
    const needsALook =
      article.status === 'kept' || article.status === 'duplicate' || article.notes.some((n) => n.startsWith('slug '));
    if (!verbose && !needsALook) return [];
    const entry = article.entry && article.status !== 'duplicate' ? ` → ${article.entry}` : '';
    const notes = article.notes.length > 0 ? ` (${article.notes.join('; ')})` : '';
    return [{ stream: 'out', text: `${where}: ${article.status}${entry}${notes}` }];
  });
}

/** How a source the record knows is gone through again without preparing it. */
type Replay = { readonly entries: RecordedSource } | { readonly refused: RefusedSource };

/**
 * The sources of the run (by index) that are in content/sources/ with the
 * bytes the record has for them: those whose entries are as recorded, and
 * those refused for what they hold. Committing them again would need no
 * preparing, if the rest of the archive is as it was (see replay-source.ts
 * and replay-refusal.ts). Counted before the run starts, so that a large
 * batch to prepare gets its worker (see prepare-ahead.ts).
 */
function unchangedSources(
  root: string,
  refs: readonly SourceRef[],
  record: IngestRecord,
  entries: EntryStore,
): Map<number, Replay> {
  const unchanged = new Map<number, Replay>();
  const asRecorded = (article: RecordedArticle) => entries.get(article.entry)?.sha256 === article.entrySha256;
  // A source with the stamp the record has for it is not read again (see file-stamp.ts).
  const asListed = (ref: SourceRef, recorded: { stamp: string; sha256?: string | undefined }) =>
    ref.stamp === recorded.stamp || (recorded.sha256 !== undefined && hashFileOrMissing(ref.file) === recorded.sha256);
  for (const [index, ref] of refs.entries()) {
    if (resolve(ref.file) !== resolve(root, SOURCES_DIR, ref.name)) continue;
    const recorded = record.sources.get(ref.name);
    const refused = record.refused.get(ref.name);
    if (recorded && asListed(ref, recorded) && recorded.articles.every(asRecorded)) {
      unchanged.set(index, { entries: recorded });
    } else if (refused && asListed(ref, refused)) {
      unchanged.set(index, { refused });
    }
  }
  return unchanged;
}

/** Every file under content/sources/, as paths relative to it. */
async function listArchived(root: string): Promise<Set<string>> {
  return new Set(await listFiles(join(root, SOURCES_DIR), { hidden: true }));
}

/** The one message of a run stopped because a folder cannot be written to. */
function writeStopMessage(root: string, source: SourceRef, failure: WriteFailure, done: number, all: number): string {
  const folder = relative(root, failure.folder) || failure.folder;
  return (
    `${folder}: (folder): cannot be written to (${failure.reason}), so the run stopped at ${source.shown}: ` +
    `${done} of ${all} files were dealt with, this one and those after it were not ingested. ` +
    `Make ${folder} a writable folder (or fix what it links to) and run the ingester again`
  );
}

function failed(source: SourceRef, error: Error): FileOutcome {
  const reason = error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
  return { source, articles: [{ status: 'refused', notes: [], problem: { field: '(file)', reason } }] };
}

function countStatuses(outcomes: readonly FileOutcome[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const article of outcomes.flatMap((o) => o.articles)) counts[article.status] += 1;
  return counts;
}

/** "5 files, 5 articles: 5 created, …", then the refusals by field and the formats seen. */
function summarise(
  outcomes: readonly FileOutcome[],
  counts: Record<Status, number>,
  undatedFiles: UndatedReport | undefined,
  writtenUndated: UndatedReport | undefined,
): string[] {
  const articles = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${plural(outcomes.length, 'file')}, ${plural(articles, 'article')}: ${STATUSES.map((s) => `${counts[s]} ${s}`).join(', ')}`,
  ];
  const formats = tally(
    outcomes.flatMap((o) =>
      o.format ? [`${o.format}${o.encoding && o.encoding !== 'utf-8' ? ` (${o.encoding})` : ''}`] : [],
    ),
  );
  if (formats.length > 0) lines.push(`formats: ${formats.join(', ')}`);
  const byField = tally(outcomes.flatMap((o) => o.articles.flatMap((a) => (a.problem ? [a.problem.field] : []))));
  if (byField.length > 0) lines.push(`refused, by field: ${byField.join(', ')} (reasons above, on stderr)`);
  // One undated source is dated as simply by an override; many, by the command below.
  const misdated = (a: ArticleOutcome) =>
    a.problem?.field === 'published' && (!a.undated || undatedFiles?.files.length === 1);
  const undated = outcomes.find((o) => o.articles.some(misdated));
  if (undated) {
    const part = undated.articles.find(misdated)?.part;
    const key = part === undefined ? undated.source.name : `${undated.source.name}#${part}`;
    lines.push(`to date a source by hand, add to ${OVERRIDES_FILE}, e.g.:\n${overrideExample(key)}`);
  }
  if (undatedFiles) lines.push(undatedFiles.advice);
  if (writtenUndated) lines.push(writtenUndated.advice);
  return lines;
}

/** ["body", "body", "date"] → ["2 body", "1 date"], most frequent first. */
function tally(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v, n]) => `${n} ${v}`);
}

function toJsonReport(
  outcomes: readonly FileOutcome[],
  counts: Record<Status, number>,
  warnings: readonly string[],
  exitCode: number,
  undated: UndatedReport | undefined,
  written: UndatedReport | undefined,
) {
  const brief = (r: UndatedReport) => ({ files: r.files, command: r.command, rule: r.rule });
  return {
    counts,
    exitCode,
    warnings,
    ...(undated ? { undated: brief(undated) } : {}),
    ...(written ? { writtenUndated: brief(written) } : {}),
    files: outcomes.map((o) => ({
      path: o.source.shown,
      archivedAs: o.format ? `content/sources/${o.source.name}` : undefined,
      format: o.format,
      encoding: o.encoding,
      articles: o.articles,
    })),
  };
}

/** An override for no source in the run is probably a typo in its key. */
function unusedOverrides(
  keys: Iterable<string>,
  refs: readonly SourceRef[],
  outcomes: readonly FileOutcome[],
): string[] {
  const known = new Set(refs.map((r) => r.name));
  for (const o of outcomes)
    for (const a of o.articles) if (a.part !== undefined) known.add(`${o.source.name}#${a.part}`);
  return [...keys]
    .filter((key) => !known.has(key))
    .map((key) => `${OVERRIDES_FILE}: ${key}: warning: no such source in content/sources/; check the file name`);
}
