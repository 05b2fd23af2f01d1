/**
 * Parts kept from the last site: in a build in parts on one machine
 * (build-in-parts.ts), a part made from the same pages, entries and code as
 * at its last build (part-digests.ts) is not built again; its files are
 * taken from the site it went into, as hard links (nothing writes into a
 * part's files once built: the merge moves them, and writes only files of
 * its own).
 *
 * The record of the last build (`kept-parts.json` in the build cache) holds
 * each part's digest and the files that are its own (not the pages every
 * part renders, which the newest part gives), with a copy of its sitemap,
 * and which folder the site it went into is (its device and inode): a site
 * replaced by another build, or removed, keeps no part.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { SEARCH_SHARDS_FILE, type SearchShard } from '../lib/search-shards.ts';
import { isSitemapFile } from './merge-sitemaps.ts';
import { whatChanged, type PartDigest } from './part-digests.ts';

interface PartRecord {
  readonly digest: PartDigest;
  /**
   * Its own files and folders, `/`-separated from the site's root (a folder
   * is its own whole), each with how many files it holds.
   */
  readonly own: Readonly<Record<string, number>>;
}

interface KeptPartsRecord {
  /** The site these parts went into, as it was swapped in. */
  readonly site: { readonly dev: number; readonly ino: number };
  readonly parts: Readonly<Record<string, PartRecord>>;
}

/**
 * What `part` (a part's built site) has that none of `others` (the other
 * parts' sites of the same build) has: whole folders where no other part has
 * the folder, single files where others have files in it too (a list's
 * numbered pages are spread over the parts), its sitemap and the files every
 * part has (the pages every part renders) left out.
 */
export function ownFiles(part: string, others: readonly string[], folder = ''): string[] {
  const own: string[] = [];
  for (const entry of readdirSync(join(part, folder), { withFileTypes: true })) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (folder === '' && isSitemapFile(entry.name)) continue;
    const elsewhere = others.filter((other) => existsSync(join(other, path)));
    if (elsewhere.length === 0) own.push(path);
    else if (entry.isDirectory()) {
      const inFolders = elsewhere.filter((other) => lstatSync(join(other, path)).isDirectory());
      if (inFolders.length > 0) own.push(...ownFiles(part, inFolders, path));
    }
  }
  return own;
}

/** How many files `path` is: 1 for a file, the files in it for a folder. */
function countFiles(path: string): number {
  if (!lstatSync(path).isDirectory()) return 1;
  return readdirSync(path).reduce((count, name) => count + countFiles(join(path, name)), 0);
}

/** Hard-links `from`'s file or whole folder into `to` (its parent folders made as needed); returns how many files. */
function linkTree(from: string, to: string): number {
  if (lstatSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    return readdirSync(from).reduce((count, name) => count + linkTree(join(from, name), join(to, name)), 0);
  }
  mkdirSync(dirname(to), { recursive: true });
  linkSync(from, to);
  return 1;
}

export class KeptParts {
  readonly #file: string;
  readonly #sitemaps: string;
  readonly #last: KeptPartsRecord | undefined;
  readonly #next = new Map<string, PartRecord>();

  /** The record in the build cache folder `cacheDir`. */
  constructor(cacheDir: string) {
    this.#file = join(cacheDir, 'kept-parts.json');
    this.#sitemaps = join(cacheDir, 'kept-parts');
    try {
      this.#last = JSON.parse(readFileSync(this.#file, 'utf8')) as KeptPartsRecord;
    } catch {
      this.#last = undefined;
    }
  }

  /**
   * Puts the files `shard`'s part had in the live site `site` into `partDir`
   * (hard links), with its sitemap and the shard plan the merge checks (from
   * the newest part's site, `newestDir`), when its digest is the one it was
   * built with into that site; returns how many files and folders were kept,
   * or why the part must be built (and nothing is left in `partDir`).
   */
  keep(
    shard: SearchShard,
    digest: PartDigest | undefined,
    site: string,
    partDir: string,
    newestDir: string,
  ): { kept: number } | { built: string } {
    const last = this.#last;
    const record = last?.parts[shard.id];
    if (!last || !record || !existsSync(site)) return { built: 'no record of it in the site' };
    const { dev, ino } = statSync(site);
    if (dev !== last.site.dev || ino !== last.site.ino) return { built: 'the site is not the one it went into' };
    if (digest === undefined) return { built: 'the newest part filed no digest of its pages' };
    const changed = whatChanged(record.digest, digest);
    if (changed) return { built: changed };
    try {
      for (const [path, files] of Object.entries(record.own))
        if (linkTree(join(site, path), join(partDir, path)) !== files) throw new Error(`${path}: files gone`);
      const sitemaps = join(this.#sitemaps, shard.id);
      for (const name of readdirSync(sitemaps)) copyFileSync(join(sitemaps, name), join(partDir, name));
      mkdirSync(dirname(join(partDir, SEARCH_SHARDS_FILE)), { recursive: true });
      copyFileSync(join(newestDir, SEARCH_SHARDS_FILE), join(partDir, SEARCH_SHARDS_FILE));
    } catch {
      // A file gone from the site (or the sitemap's copy from the cache): build the part.
      rmSync(partDir, { recursive: true, force: true });
      return { built: 'its files in the site are not the ones it left there' };
    }
    this.#next.set(shard.id, record);
    return { kept: Object.keys(record.own).length };
  }

  /**
   * Records a part just built into `partDir` with its digest, once every
   * part of the build is in its folder (`otherDirs`, the others'), before
   * the merge moves their files.
   */
  built(shard: SearchShard, digest: PartDigest | undefined, partDir: string, otherDirs: readonly string[]): void {
    if (digest === undefined) return;
    const sitemaps = join(this.#sitemaps, shard.id);
    rmSync(sitemaps, { recursive: true, force: true });
    mkdirSync(sitemaps, { recursive: true });
    for (const name of readdirSync(partDir).filter(isSitemapFile))
      copyFileSync(join(partDir, name), join(sitemaps, name));
    const own = ownFiles(partDir, otherDirs).map((path) => [path, countFiles(join(partDir, path))]);
    this.#next.set(shard.id, { digest, own: Object.fromEntries(own) });
  }

  /** Records the parts kept and built as those of the site now at `site`. */
  async save(site: string): Promise<void> {
    const { dev, ino } = statSync(site);
    const record: KeptPartsRecord = { site: { dev, ino }, parts: Object.fromEntries(this.#next) };
    mkdirSync(dirname(this.#file), { recursive: true });
    await writeFileAtomic(this.#file, JSON.stringify(record));
  }
}
