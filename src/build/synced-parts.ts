/**
 * Parts whose content sync is not run again: a part's `astro sync` in a build
 * in parts (build-in-parts.ts) is there to write its years into the catalogue
 * for the other parts. When its entry files and the code are as they were at
 * its last sync, the catalogue already holds what the sync would write, and
 * the part is not synced again. (If the part is built, its `astro build`
 * syncs its content store anyway.) Entry files are known by what git's index
 * compares (size, modification and change times, inode), as in stat-cache.ts;
 * the record is `synced-parts.json` in the build cache folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { isUndatedPath, shardOfYear, undatedShard, yearOfStoryPath, type SearchShard } from '../lib/search-shards.ts';

/** An entry file, named as the archive names it (`content/articles/…`), and its story's URL path. */
interface EntryOfPart {
  readonly file: string;
  readonly path: string;
}

/** The catalogue file of each year (or of the undated stories) a part's entries are on. */
const shelfFile = (path: string) => `${isUndatedPath(path) ? 'undated' : yearOfStoryPath(path)}.json`;

/**
 * Each part's fingerprint (`code` and the stamp of each of its entry files
 * in the content folder `contentDir`), and the catalogue files it is on.
 */
export function syncFingerprints(
  plan: readonly SearchShard[],
  entries: readonly EntryOfPart[],
  contentDir: string,
  code: string,
): Map<string, { fingerprint: string; shelves: Set<string> }> {
  const byPart = new Map<string, EntryOfPart[]>(plan.map((shard) => [shard.id, []]));
  for (const entry of entries) {
    const shard = isUndatedPath(entry.path) ? undatedShard(plan) : shardOfYear(plan, yearOfStoryPath(entry.path));
    if (shard) byPart.get(shard.id)!.push(entry);
  }
  const fingerprints = new Map<string, { fingerprint: string; shelves: Set<string> }>();
  for (const [id, ofPart] of byPart) {
    const hash = createHash('sha256').update(`${code}\n`);
    for (const entry of ofPart.toSorted((a, b) => a.file.localeCompare(b.file))) {
      const { size, mtimeMs, ctimeMs, ino } = statSync(join(contentDir, entry.file.replace(/^content\//, '')));
      hash.update(`${entry.file} ${entry.path} ${size} ${mtimeMs} ${ctimeMs} ${ino}\n`);
    }
    fingerprints.set(id, { fingerprint: hash.digest('hex'), shelves: new Set(ofPart.map((e) => shelfFile(e.path))) });
  }
  return fingerprints;
}

export class SyncedParts {
  readonly #file: string;
  readonly #record: Record<string, string>;

  /** The record in the build cache folder `cacheDir`. */
  constructor(cacheDir: string) {
    this.#file = join(cacheDir, 'synced-parts.json');
    try {
      this.#record = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>;
    } catch {
      this.#record = {};
    }
  }

  /** Whether the part `id` was last synced with this fingerprint, and the catalogue (`catalogue`) still has its shelves. */
  isCurrent(id: string, { fingerprint, shelves }: { fingerprint: string; shelves: Set<string> }, catalogue: string) {
    return this.#record[id] === fingerprint && [...shelves].every((shelf) => existsSync(join(catalogue, shelf)));
  }

  /**
   * Records a sync of part `id` that succeeded. (A sync killed part-way
   * leaves the record of the one before it, whose fingerprint no longer
   * matches unless the entries and code are what they were, and then the
   * catalogue holds what they give whichever sync wrote it.)
   */
  synced(id: string, fingerprint: string): void {
    this.#record[id] = fingerprint;
  }

  /** Writes the record. */
  async save(): Promise<void> {
    mkdirSync(dirname(this.#file), { recursive: true });
    await writeFileAtomic(this.#file, JSON.stringify(this.#record));
  }
}
