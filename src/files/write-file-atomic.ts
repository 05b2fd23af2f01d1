import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { listFiles } from './list-files.ts';

/** Folders this process has made or found, so that a batch does not ask for each file. */
const knownFolders = new Set<string>();

/**
 * Writes the file (text as UTF-8) so that a reader (or a crash) sees the old
 * content or the new, never half: the data goes to a temporary file in the
 * same folder, which then replaces the target in one rename.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (!knownFolders.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      knownFolders.add(dirname(path));
    }
    // Synchronous on purpose: a run writes one file after another, and the promise API's
    // overhead per file cost more than the wait (see bench:ingest).
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new WriteFailure(path, error);
  }
}

/**
 * A file that could not be written: its path, its folder and the system's
 * reason (e.g. `mkdir: ENOENT: no such file or directory`, `open: EACCES:
 * permission denied`), without the absolute path the system repeats.
 */
export class WriteFailure extends Error {
  readonly path: string;
  readonly folder: string;
  readonly reason: string;
  constructor(path: string, cause: unknown) {
    super(`could not write ${path}`, { cause });
    this.path = path;
    this.folder = dirname(path);
    const system = cause as NodeJS.ErrnoException | undefined;
    const text = system instanceof Error ? system.message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '') : String(cause);
    this.reason = system?.syscall ? `${system.syscall}: ${text}` : text;
  }
}

/**
 * Removes the temporary files a killed run left behind (`.name.hex.tmp`,
 * see writeFileAtomic) under `dir`. Run only when no other ingest is
 * writing there.
 */
export async function removeStaleTemporaryFiles(dir: string): Promise<number> {
  const names = await listFiles(dir, { hidden: true });
  const stale = names.filter((name) => /(?:^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/.test(name));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale.length;
}
