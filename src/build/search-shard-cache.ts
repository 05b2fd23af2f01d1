import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shardYears, type SearchShard } from '../lib/search-shards.ts';
import { siteFiles } from './site-files.ts';
import { isStoryPageFile } from '../entry/story-path.ts';

const REPO_DIR = join(import.meta.dirname, '../..');

/** The code that writes a shard's index folder: the index and the vocabulary beside it. */
const INDEXER_FILES = [
  'src/build/index-search-shard.ts',
  'src/build/write-search-vocabulary.ts',
  'src/lib/search-vocabulary.ts',
  'src/lib/search-words.ts',
];

/** What an index is made from besides its pages: Pagefind's version and the indexer's code. */
function indexerIdentity(): string {
  const pagefind = JSON.parse(readFileSync(join(REPO_DIR, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  };
  const indexer = INDEXER_FILES.map((file) => readFileSync(join(REPO_DIR, file), 'utf8'));
  return [`pagefind ${pagefind.version}`, ...indexer].join('\n');
}

/** The shard's story pages in the built site (with the undated stories' when it holds them), as `/`-separated paths, sorted. */
function shardPages(site: string, shard: SearchShard, undated: boolean): string[] {
  return [...shardYears(shard).map(String), ...(undated ? ['undated'] : [])]
    .filter((folder) => existsSync(join(site, folder)))
    .flatMap((folder) => siteFiles(site, folder))
    .filter(isStoryPageFile)
    .sort();
}

/**
 * The SHA-256 of everything a shard's index is made from: each of its story
 * pages (path and bytes; the pages carry the base path and site URL), the
 * Pagefind version and the indexer's code. The same key, the same index:
 * Pagefind writes the same files from the same pages.
 */
export function shardKey(site: string, shard: SearchShard, undated: boolean): string {
  const hash = createHash('sha256').update(indexerIdentity());
  for (const page of shardPages(site, shard, undated)) {
    hash.update(`\n${page}\n`).update(readFileSync(join(site, page)));
  }
  return hash.digest('hex');
}

/**
 * A file Pagefind names by a hash of its content: a page's fragment, a word
 * or filter chunk, the metadata. Pagefind never writes into one that exists.
 */
function isHashedIndexFile(path: string): boolean {
  return /^(fragment\/[^/]+\.pf_fragment|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta)$/.test(
    path,
  );
}

/**
 * Puts the files of the index in `from` into `to` (a new folder): the hashed
 * ones as hard links, since nothing writes into them, the others (Pagefind's
 * scripts and its entry file) as copies: a shard has a file per story and
 * more, and a link costs far less than a copy. Copies across file systems, where links cannot go.
 */
function placeIndexFiles(from: string, to: string): void {
  const made = new Set<string>();
  for (const path of siteFiles(from)) {
    const source = join(from, path);
    const target = join(to, path);
    if (!made.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    made.add(dirname(target));
    if (isHashedIndexFile(path)) linkOrCopy(source, target);
    else copyFileSync(source, target);
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
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

  /** Puts the cached index into the site when its key is `key`; false when there is none to reuse. */
  restore(site: string, shard: SearchShard, key: string): boolean {
    const keyFile = join(this.folder(shard), 'key');
    if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) return false;
    placeIndexFiles(join(this.folder(shard), 'index'), join(site, 'pagefind', shard.id));
    return true;
  }

  /** Keeps the site's index of the shard under `key`, in place of the one before. */
  save(site: string, shard: SearchShard, key: string): void {
    rmSync(this.folder(shard), { recursive: true, force: true });
    placeIndexFiles(join(site, 'pagefind', shard.id), join(this.folder(shard), 'index'));
    // Written last: a copy cut short has no key, and is never reused.
    writeFileSync(join(this.folder(shard), 'key'), key);
  }
}
