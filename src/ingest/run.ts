import { collectSources } from './collect-sources.ts';
import { loadEntries } from './existing-entries.ts';
import { ingestFile, type Outcome } from './ingest-file.ts';
import { loadOverrides, OVERRIDES_FILE } from './overrides.ts';

export interface RunOptions {
  /** The project folder: content/ is read and written under it. */
  readonly root: string;
  /** Source paths to ingest; all of content/sources/ when empty. */
  readonly paths: readonly string[];
  readonly force: boolean;
  /** Report lines (one per file, then the summary). */
  readonly out: (line: string) => void;
  /** Refusals and warnings, each `file: field: reason`. */
  readonly err: (line: string) => void;
}

const STATUSES = ['created', 'updated', 'unchanged', 'kept', 'refused'] as const;

/** Ingests a batch and reports it. Resolves to the exit code: 1 if any file was refused. */
export async function runIngest({ root, paths, force, out, err }: RunOptions): Promise<number> {
  const overrides = await loadOverrides(root);
  const entries = await loadEntries(root);
  const sources = await collectSources(root, paths);
  warnAboutUnusedOverrides(overrides.byFile.keys(), sources, paths.length === 0, err);

  const counts = new Map<string, number>(STATUSES.map((s) => [s, 0]));
  for (const source of sources) {
    const outcome: Outcome = source.ok
      ? await ingestFile(source.name, { root, overrides, entries, force }).catch((error: Error): Outcome => ({
          status: 'refused',
          lines: [`${source.path}: (file): ${describeError(error)}`],
        }))
      : { status: 'refused', lines: [`${source.path}: ${source.field}: ${source.reason}`] };
    counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
    out(`${source.path}: ${describeOutcome(outcome)}`);
    if (outcome.status === 'refused') outcome.lines.forEach((line) => err(line));
  }
  out(
    `${sources.length} source${sources.length === 1 ? '' : 's'}: ${STATUSES.map((s) => `${counts.get(s)} ${s}`).join(', ')}`,
  );
  return counts.get('refused')! > 0 ? 1 : 0;
}

/** An I/O failure with its cause, e.g. "could not write …: EACCES: permission denied". */
function describeError(error: Error): string {
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.status === 'refused') {
    // The full reason goes to stderr; the report names the fields at fault.
    const fields = outcome.lines.map((line) => /^[^:]+: ([^:]+):/.exec(line)?.[1] ?? '(file)');
    return `refused: ${[...new Set(fields)].join(', ')} (reason on stderr)`;
  }
  const label = outcome.status === 'kept' ? 'kept (edited by hand; use --force to overwrite)' : outcome.status;
  return outcome.notes.length > 0 ? `${label} (${outcome.notes.join('; ')})` : label;
}

/** An override for a file that is not in content/sources/ is probably a typo in its key. */
function warnAboutUnusedOverrides(
  keys: Iterable<string>,
  sources: Awaited<ReturnType<typeof collectSources>>,
  allSources: boolean,
  err: (line: string) => void,
): void {
  if (!allSources) return;
  const names = new Set(sources.flatMap((s) => (s.ok ? [s.name] : [])));
  for (const key of keys) {
    if (!names.has(key))
      err(`${OVERRIDES_FILE}: ${key}: warning: no such file in content/sources/; check the file name`);
  }
}
