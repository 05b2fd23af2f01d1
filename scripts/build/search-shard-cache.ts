import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardYears, type SearchShard } from '../../src/lib/search-shards.ts';
import { siteFiles } from './site-files.ts';
import { isStoryPageFile } from '../../src/lib/story-path.ts';

const REPO_DIR = join(import.meta.dirname, '../..');

/** What an index is made from besides its pages: Pagefind's version and the indexer's code. */
function indexerIdentity(): string {
  const pagefind = JSON.parse(readFileSync(join(REPO_DIR, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  };
  const indexer = readFileSync(join(REPO_DIR, 'src/integrations/index-search-shard.ts'), 'utf8');
  return `pagefind ${pagefind.version}\n${indexer}`;
}

/** The shard's story pages in the built site, as `/`-separated paths, sorted. */
function shardPages(site: string, shard: SearchShard): string[] {
  return shardYears(shard)
    .filter((year) => existsSync(join(site, String(year))))
    .flatMap((year) => siteFiles(site, String(year)))
    .filter(isStoryPageFile)
    .sort();
}

/**
 * The SHA-256 of everything a shard's index is made from: each of its story
 * pages (path and bytes; the pages carry the base path and site URL), the
 * Pagefind version and the indexer's code. The same key, the same index:
 * Pagefind writes the same files from the same pages.
 */
export function shardKey(site: string, shard: SearchShard): string {
  const hash = createHash('sha256').update(indexerIdentity());
  for (const page of shardPages(site, shard)) {
    hash.update(`\n${page}\n`).update(readFileSync(join(site, page)));
  }
  return hash.digest('hex');
}

/**
 * The last index written for each shard, kept in the archive's build cache
 * (`<cache>/search-shards/<id>/`: the index and its key), so that a rebuild
 * indexes again only the shards whose pages changed.
 */
export class SearchShardCache {
  private readonly dir: string;

  /** `dir`: the archive's build cache folder. */
  constructor(dir: string) {
    this.dir = dir;
  }

  private folder(shard: SearchShard): string {
    return join(this.dir, 'search-shards', shard.id);
  }

  /** Copies the cached index into the site when its key is `key`; false when there is none to reuse. */
  restore(site: string, shard: SearchShard, key: string): boolean {
    const keyFile = join(this.folder(shard), 'key');
    if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) return false;
    cpSync(join(this.folder(shard), 'index'), join(site, 'pagefind', shard.id), { recursive: true });
    return true;
  }

  /** Keeps the site's index of the shard under `key`, in place of the one before. */
  save(site: string, shard: SearchShard, key: string): void {
    rmSync(this.folder(shard), { recursive: true, force: true });
    cpSync(join(site, 'pagefind', shard.id), join(this.folder(shard), 'index'), { recursive: true });
    // Written last: a copy cut short has no key, and is never reused.
    writeFileSync(join(this.folder(shard), 'key'), key);
  }
}
