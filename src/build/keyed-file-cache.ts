import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** A key is a digest in hex, so that it can name a file. */
const KEY = /^[0-9a-f]{16,}$/;

/**
 * A value worked out from the inputs that `key` is a digest of, kept as
 * JSON in `<dir>/<key>.json`: read from there when that file is present,
 * otherwise computed and written there, replacing every other key's file,
 * so the folder holds the latest value only. The file is written whole and
 * then renamed into place, so a reader never sees part of one, and two
 * builds that compute the same key at once each leave a whole copy. A file
 * that cannot be parsed is computed again. The value is returned as JSON
 * gives it back either way (a property set to undefined is left out).
 */
export async function readThroughKeyedCache<T>(dir: string, key: string, compute: () => T): Promise<T> {
  if (!KEY.test(key)) throw new Error(`Cache key "${key}" is not a hex digest of 16 or more digits`);
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  const text = JSON.stringify(compute());
  await writeFileAtomic(file, text);
  for (const name of readdirSync(dir)) {
    if (name !== `${key}.json` && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  }
  // What a later build will read back, so the value is the same whether it was computed or read.
  return JSON.parse(text) as T;
}
