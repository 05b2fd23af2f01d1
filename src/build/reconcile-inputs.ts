import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { entryFiles, listFiles } from '../files/list-files.ts';
import { buildCacheFile } from '../entry/content-location.ts';
import { entryPath } from '../entry/entry-path.ts';
import { yamlProblem } from '../entry/parse-yaml.ts';
import { splitFrontMatter } from '../entry/front-matter.ts';
import type { EntryAccount, RefusalAccount } from '../lib/reconcile.ts';
import { isStoryPageFile } from '../entry/story-path.ts';
import { formatIssues } from '../entry/format-issues.ts';
import { refusalRecordSchema } from '../entry/refusal.ts';
import { readThroughStatCache } from './stat-cache.ts';

/** Every raw source of the archive in `contentDir`, named as entries name them (content/sources/…). */
export async function readSources(contentDir: string): Promise<string[]> {
  return (await listFiles(join(contentDir, 'sources'))).map((name) => `content/sources/${name}`);
}

/**
 * `read` for each item, one after another: an archive has tens of thousands
 * of files, and reading them all at once runs out of file handles (EMFILE);
 * from the page cache, one at a time is fast enough.
 */
async function readEach<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await read(item));
  return results;
}

/** The stat cache of entries' account fields, in the archive's build cache folder. */
const ENTRY_FIELDS_CACHE = 'entry-account-fields.json';

/** What an account needs of an entry's front matter; what the stat cache keeps of it. */
interface AccountFields {
  /** Absent for an undated story. */
  readonly published?: string;
  readonly slug: string;
  readonly sourcePath?: string;
  readonly sourcePart?: string;
}

/**
 * Each entry's source and story URL, from its front matter (already checked
 * against the schema by the content collection when this runs). Parsing
 * every entry's YAML is slow at archive scale, and a build in parts reads
 * them in every part, so the fields are kept in the build cache folder and
 * an unchanged file is not parsed again (stat-cache.ts).
 */
export async function readEntryAccounts(contentDir: string): Promise<EntryAccount[]> {
  const dir = join(contentDir, 'articles');
  const names = await entryFiles(dir);
  const cacheFile = buildCacheFile(contentDir, ENTRY_FIELDS_CACHE);
  const fields = await readThroughStatCache(cacheFile, 'entry-account-fields-1', dir, names, async (name) => {
    const split = splitFrontMatter(await readFile(join(dir, name), 'utf8'));
    let parsed: unknown;
    try {
      parsed = split ? parse(split.yaml) : {};
    } catch (problem) {
      // Read before Astro's schema has checked the entry (a build in parts plans from it first).
      throw new Error(`${join(dir, name)}: (front matter): ${yamlProblem(problem)}`);
    }
    const data = parsed as {
      published?: string;
      slug: string;
      source?: { path?: string; part?: string };
    };
    return {
      ...(data.published !== undefined ? { published: data.published } : {}),
      slug: data.slug,
      ...(data.source?.path !== undefined ? { sourcePath: data.source.path } : {}),
      ...(data.source?.part !== undefined ? { sourcePart: data.source.part } : {}),
    } satisfies AccountFields;
  });
  return fields.map((entry, i) => {
    let path: string;
    try {
      // An undated entry is its source's entry all the same, its story at /undated/<slug>/.
      path = entryPath(entry);
    } catch (problem) {
      // Read before Astro's schema has checked the entry (a build in parts plans from it first).
      throw new Error(`${join(dir, names[i]!)}: ${problem instanceof Error ? problem.message : problem}`);
    }
    return {
      file: `content/articles/${names[i]}`,
      sourcePath: entry.sourcePath ?? '(none)',
      ...(entry.sourcePart !== undefined ? { sourcePart: entry.sourcePart } : {}),
      path,
    };
  });
}

/** The refusal records (see entry/refusal.ts); a record the schema rejects is a problem, named by file and field. */
export async function readRefusals(contentDir: string): Promise<{ refusals: RefusalAccount[]; problems: string[] }> {
  const dir = join(contentDir, 'refusals');
  const refusals: RefusalAccount[] = [];
  const problems: string[] = [];
  for (const name of (await listFiles(dir)).filter((file) => file.endsWith('.yaml'))) {
    const file = `content/refusals/${name}`;
    const checked = refusalRecordSchema.safeParse(parse(await readFile(join(dir, name), 'utf8')));
    if (checked.success) refusals.push({ file, sourcePath: checked.data.source.path });
    else problems.push(formatIssues(file, checked.error));
  }
  return { refusals, problems };
}

/** The path of every story page in the built site (story-path.ts isStoryPageFile): dated or `/undated/slug/`. */
export async function readStoryPages(outDir: string): Promise<string[]> {
  return (await listFiles(outDir)).filter(isStoryPageFile).map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/**
 * The URL path of every page in the search index, over every shard's
 * Pagefind index (pagefind/<shard>/): each indexed page is one fragment file
 * (gzip; `pagefind_dcd` then the page's JSON record).
 */
export async function readSearchRecords(outDir: string, basePath: string): Promise<string[]> {
  const dir = join(outDir, 'pagefind');
  const fragments = (await listFiles(dir)).filter((file) => /^[^/]+\/fragment\/[^/]+\.pf_fragment$/.test(file));
  return readEach(fragments, async (name) => {
    const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string };
    const path = decodeURI(url);
    return basePath !== '/' && path.startsWith(basePath) ? path.slice(basePath.length - 1) : path;
  });
}
