import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One ingest at a time per project: content/.ingest.lock, created with
 * O_EXCL, holds the running ingest's pid, host and start time. A second run
 * does not wait: it is refused, naming the running one. A lock whose pid is
 * no longer alive on this host (a run that was killed) is stale and taken
 * over, with a note.
 *
 * The lock and the takeover file are each made whole: written to a file of
 * the maker's own (content/.ingest.lock.<host>.<pid>.tmp) and hard-linked
 * into place, so neither is ever seen empty while its maker runs. A run
 * killed at any moment therefore leaves something the next run can judge at
 * once: a lock or takeover file naming a dead pid (stale now), or a file of
 * its own naming a dead pid (removed). An empty or unreadable lock or takeover
 * file can only be left over (from a filesystem without hard links, where
 * the write follows the create by microseconds, or a hand edit): it is stale
 * once older than BLANK_STALE_MS.
 */
export const LOCK_FILE = 'content/.ingest.lock';

/** A takeover whose maker is alive yet still at it after this long (its pid reused?) is left over too. */
const TAKEOVER_STALE_MS = 30_000;
/** An empty lock or takeover file younger than this may be a run writing it where hard links are not to be had. */
const BLANK_STALE_MS = 2_000;
/** A maker's own file, before it is linked into place: <lock or takeover>.<host>.<pid>.tmp. */
const OWN_FILE = /^\.ingest\.lock(?:\.takeover)?\.(.+)\.(\d+)\.tmp$/;

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
  removeOwnFilesOfDeadRuns(join(root, 'content'));
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
    const taker = readHolder(takeover);
    const age = ageMs(takeover);
    const takerStale = taker
      ? staleHolder(taker) || (age !== undefined && age > TAKEOVER_STALE_MS)
      : age === undefined || age > BLANK_STALE_MS;
    if (!takerStale) {
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

/** Creates `file` holding the holder, only if it does not exist; whole, by a hard link (see above). */
function create(file: string, holder: LockHolder): boolean {
  const text = `${JSON.stringify(holder)}\n`;
  const own = `${file}.${holder.host}.${holder.pid}.tmp`;
  try {
    writeFileSync(own, text);
    linkSync(own, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
  } finally {
    rmSync(own, { force: true });
  }
  // No hard links here: created and written in one call, empty only for an instant.
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes makers' own files (see create) left by runs on this host killed before linking them. */
function removeOwnFilesOfDeadRuns(dir: string): void {
  for (const name of readdirSync(dir)) {
    const match = OWN_FILE.exec(name);
    if (match && staleHolder({ pid: Number(match[2]), host: match[1]!, started: '' })) {
      rmSync(join(dir, name), { force: true });
    }
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

/** A lock without a holder: stale once it is older than a starting run takes to write it (or gone); see above. */
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
