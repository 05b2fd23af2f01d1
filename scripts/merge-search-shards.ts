/**
 * `npm run build:merge -- --outDir dist [--move] PART...`: joins the parts of a build
 * split across machines into one site with one search. Each part is the
 * output of `SEARCH_SHARD=<id> npm run build` on the same commit and archive
 * (see docs/deploying.md, "beyond one machine"): its share of the pages
 * (src/build/build-part.ts), the pages every part renders, and its own
 * shard's index. The merged site is every part's pages (a page in several
 * parts must be the same in each, file for file), every planned shard's
 * index, each taken from the one part that has it, and one sitemap of every
 * part's pages, with the archive's search vocabulary added up from the
 * shards'. It is reconciled like any build, then put in place of the
 * output folder; on any problem nothing is written there and the exit
 * status is 1. With `--move` the parts' files are moved, not copied, and
 * the parts are spent, merged or not: for parts nothing else needs, as a
 * build in parts on one machine (build/build-in-parts.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/entry/content-location.ts';
import { resolveDeployment } from '../src/deployment.ts';
import { copyHighlighter } from '../src/build/index-search-shard.ts';
import { writeArchiveVocabulary } from '../src/build/write-search-vocabulary.ts';
import { reconcileSite } from '../src/build/reconcile-site.ts';
import { readShardPlan } from '../src/build/search-shard-plan.ts';
import type { SearchShard } from '../src/lib/search-shards.ts';
import { isSitemapFile, writeMergedSitemap } from '../src/build/merge-sitemaps.ts';
import { placeFiles } from '../src/build/place-files.ts';
import { clearLeftovers, publishStaging, sideFolders } from '../src/build/publish-site.ts';
import { siteFiles } from '../src/build/site-files.ts';

/**
 * Whether a `/`-separated path in a part is one of its pages and files:
 * outside pagefind/, and not its sitemap. For a folder, whether everything
 * in it is.
 */
const isPageFile = (path: string) => path !== 'pagefind' && !path.startsWith('pagefind/') && !isSitemapFile(path);

/** A part's pages and files (isPageFile), as `/`-separated paths. */
function pageFiles(site: string): string[] {
  return siteFiles(site).filter(isPageFile);
}

/** A problem for each file two parts both have but not the same, naming the file and both parts. */
function differences(parts: readonly string[]): string[] {
  const holder = new Map<string, string>();
  const problems: string[] = [];
  for (const part of parts) {
    for (const file of pageFiles(part)) {
      const first = holder.get(file);
      if (first === undefined) holder.set(file, part);
      else if (!readFileSync(join(first, file)).equals(readFileSync(join(part, file))))
        problems.push(`${part}: ${file} is not the same as in ${first}; build every part from one commit and archive`);
    }
  }
  return problems;
}

/** For each planned shard, the one part holding its index; a problem for a shard in none or several. */
function findShards(
  plan: readonly SearchShard[],
  parts: readonly string[],
): { from: Map<string, string>; problems: string[] } {
  const from = new Map<string, string>();
  const problems: string[] = [];
  for (const shard of plan) {
    const holders = parts.filter((part) => existsSync(join(part, 'pagefind', shard.id, 'pagefind-entry.json')));
    if (holders.length === 1) from.set(shard.id, holders[0]!);
    else if (holders.length === 0)
      problems.push(`shard ${shard.id}: in no part; build it with SEARCH_SHARD=${shard.id}`);
    else problems.push(`shard ${shard.id}: in ${holders.join(' and ')}; keep it in one part`);
  }
  return { from, problems };
}

async function merge(parts: readonly string[], outDir: string, move: boolean): Promise<string> {
  const plan = await readShardPlan(parts[0]!);
  const problems: string[] = [];
  for (const part of parts.slice(1)) {
    if (JSON.stringify(await readShardPlan(part)) !== JSON.stringify(plan)) {
      problems.push(
        `${part}: search/shards.json: another plan than ${parts[0]}'s; build every part from one commit and archive`,
      );
    }
  }
  const shards = findShards(plan, parts);
  problems.push(...shards.problems);
  if (problems.length === 0) problems.push(...differences(parts));
  if (problems.length > 0)
    throw new Error(`The parts do not make one site:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const { staging } = sideFolders(outDir);
  const { siteUrl, basePath } = resolveDeployment();
  try {
    for (const part of parts) placeFiles(part, staging, { keep: isPageFile, move });
    for (const [id, part] of shards.from)
      placeFiles(join(part, 'pagefind'), join(staging, 'pagefind'), { keep: (path) => path === id, move });
    const [newest] = plan;
    if (newest) copyHighlighter(staging, newest.id);
    writeArchiveVocabulary(staging, plan);
    await writeMergedSitemap(staging, parts, siteUrl, basePath);
    return await reconcileSite(staging, basePath, resolveContentDir());
  } catch (problem) {
    rmSync(staging, { recursive: true, force: true });
    throw problem;
  }
}

const { values, positionals } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, move: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const outDir = resolve(values.outDir);
const parts = positionals.map((part) => resolve(part));
const repeated = parts.find((part, i) => parts.indexOf(part) !== i);
if (repeated) {
  console.error(`${repeated}: given twice; name each part once`);
  process.exit(1);
}
if (parts.length === 0) {
  console.error(
    'Usage: npm run build:merge -- --outDir dist [--move] PART... (each PART built with SEARCH_SHARD=<id> npm run build)',
  );
  process.exit(1);
}
const restored = clearLeftovers(outDir);
if (restored) console.log(restored);
try {
  const counts = await merge(parts, outDir, values.move);
  publishStaging(outDir, (line) => console.log(line));
  console.log(`Merged ${parts.length} parts into ${outDir}. Reconciled: ${counts}`);
} catch (problem) {
  console.error(problem instanceof Error ? problem.message : problem);
  process.exit(1);
}
