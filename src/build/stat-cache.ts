import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** What a file is taken to be unchanged by: git's index compares the same. */
type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

interface CacheFile<V> {
  readonly kind: string;
  readonly files: Record<string, { stamp: FileStamp; value: V }>;
}

/**
 * `read(name)` for each file `dir/name`, one after another (an archive has
 * tens of thousands of files, and reading them all at once runs out of file
 * handles), kept in `cacheFile` between runs: a file whose size,
 * modification and change times and inode are what they were is not read
 * again. `kind` names what `read` derives, so a cache of another kind (or
 * of another shape after a code change: give it a new kind) is not used.
 * The values must survive JSON. The cache is rewritten only when a file was
 * read, added or removed, through a temporary file, so a killed run leaves
 * the old cache or the new one.
 */
export async function readThroughStatCache<V>(
  cacheFile: string,
  kind: string,
  dir: string,
  names: readonly string[],
  read: (name: string) => Promise<V>,
): Promise<V[]> {
  const cached = await readCache<V>(cacheFile, kind);
  const files = new Map<string, { stamp: FileStamp; value: V }>();
  let changed = names.length !== Object.keys(cached).length;
  for (const name of names) {
    const info = await stat(join(dir, name));
    const stamp: FileStamp = [info.size, info.mtimeMs, info.ctimeMs, info.ino];
    const known = Object.hasOwn(cached, name) ? cached[name] : undefined;
    const fresh = known !== undefined && known.stamp.every((part, i) => part === stamp[i]);
    if (!fresh) changed = true;
    files.set(name, { stamp, value: fresh ? known.value : await read(name) });
  }
  if (changed) {
    await writeFileAtomic(cacheFile, JSON.stringify({ kind, files: Object.fromEntries(files) } satisfies CacheFile<V>));
  }
  return [...files.values()].map((file) => file.value);
}

/** The cache's files, or none if it is missing, unreadable or of another kind. */
async function readCache<V>(cacheFile: string, kind: string): Promise<CacheFile<V>['files']> {
  try {
    const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile<V>;
    return cache.kind === kind && typeof cache.files === 'object' ? cache.files : {};
  } catch {
    return {};
  }
}
