import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One ingest at a time per project: content/.ingest.lock, created with
 * O_EXCL, holds the running ingest's pid, host and start time. A second run
 * does not wait: it is refused, naming the running one. A lock whose pid is
 * no longer alive on this host (a run that was killed) is stale and taken
 * over, with a note.
 */
export const LOCK_FILE = 'content/.ingest.lock';

/** A takeover in progress older than this is itself left over from a killed run. */
const TAKEOVER_STALE_MS = 30_000;
/** A lock file without its contents yet is being written by a run that has just started. */
const BLANK_STALE_MS = 10_000;

interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

export type LockResult =
  | { readonly ok: true; readonly release: () => void; readonly note?: string }
  | { readonly ok: false; readonly message: string };

export function acquireRunLock(root: string): LockResult {
  mkdirSync(join(root, 'content'), { recursive: true });
  const file = join(root, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const release = () => {
    if (readHolder(file)?.pid === mine.pid && readHolder(file)?.host === mine.host) rmSync(file, { force: true });
  };
  if (create(file, mine)) return { ok: true, release };

  const holder = readHolder(file);
  const stale = holder ? staleHolder(holder) : blankIsStale(file);
  if (!stale) {
    const who = holder
      ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}`
      : 'a run that is just starting';
    return {
      ok: false,
      message:
        `${LOCK_FILE}: (lock): another ingest is running in this project (${who}); ` +
        `wait for it to finish and run again` +
        (holder && holder.host !== mine.host
          ? `, or, if no ingest is running on ${holder.host}, delete ${LOCK_FILE}`
          : ''),
    };
  }
  // Taking over: one run at a time, so that two runs finding the same stale lock do not both take it.
  const takeover = `${file}.takeover`;
  if (!create(takeover, mine)) {
    const age = ageMs(takeover);
    if (age !== undefined && age < TAKEOVER_STALE_MS) {
      return {
        ok: false,
        message: `${LOCK_FILE}: (lock): another ingest is taking over the lock of one that is no longer running; run again in a moment`,
      };
    }
    rmSync(takeover, { force: true });
    return acquireRunLock(root);
  }
  try {
    const again = readHolder(file);
    if (again && holder && again.pid === holder.pid && again.host === holder.host) rmSync(file, { force: true });
    else if (!again && !holder) rmSync(file, { force: true });
    if (!create(file, mine)) return acquireRunLock(root);
  } finally {
    rmSync(takeover, { force: true });
  }
  const from = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}` : 'a run that never started';
  return {
    ok: true,
    release,
    note: `${LOCK_FILE}: took over the lock of an ingest that is no longer running (${from}); its run was cut short, so check its files`,
  };
}

/** Creates `file` holding the holder, only if it does not exist. */
function create(file: string, holder: LockHolder): boolean {
  try {
    writeFileSync(file, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof data.pid === 'number' && typeof data.host === 'string'
      ? { pid: data.pid, host: data.host, started: String(data.started ?? 'at an unknown time') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Its pid is dead on this host (a holder on another host cannot be checked: it is taken as running). */
function staleHolder(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A lock without a holder: stale once it is older than a starting run takes to write it (or gone). */
function blankIsStale(file: string): boolean {
  const age = ageMs(file);
  return age === undefined || age > BLANK_STALE_MS;
}

function ageMs(file: string): number | undefined {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
