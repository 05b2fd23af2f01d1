/**
 * Joins the parts of a build split across machines into one site with one
 * search (`npm run build:merge`, scripts/merge-search-shards.ts). Each part is the
 * output of `SEARCH_SHARD=<id> npm run build` on the same commit and archive
 * (see docs/deploying.md, "beyond one machine"): its share of the pages
 * (build-part.ts), the pages every part renders, and its own
 * shard's index. The merged site is every part's pages (a page in several
 * parts must be the same in each, file for file), every planned shard's
 * index, each taken from the one part that has it, and one sitemap of every
 * part's pages, with the archive's search vocabulary added up from the
 * shards'. It is reconciled like any build, then put in place of the
 * output folder; on any problem nothing is written there. With `move` the
 * parts' files are moved, not copied, and the parts are spent, merged or
 * not: for parts nothing else needs, as a build in parts on one machine
 * (build-in-parts.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDeployment } from '../deployment.ts';
import { resolveContentDir } from '../entry/content-location.ts';
import type { SearchShard } from '../lib/search-shards.ts';
import { copyHighlighter } from './index-search-shard.ts';
import { isSitemapFile, writeMergedSitemap } from './merge-sitemaps.ts';
import { placeFiles } from './place-files.ts';
import { publishStaging, sideFolders } from './publish-site.ts';
import { reconcileSite } from './reconcile-site.ts';
import { readShardPlan } from './search-shard-plan.ts';
import { siteFiles } from './site-files.ts';
import { writeArchiveVocabulary } from './write-search-vocabulary.ts';

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

/**
 * Merges `parts` into a staging folder beside `outDir` and reconciles it;
 * resolves to the reconciliation's counts. Throws, leaving `outDir` as it
 * was, when the parts do not make one site.
 */
async function mergeIntoStaging(parts: readonly string[], outDir: string, move: boolean): Promise<string> {
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

/**
 * Merges `parts` into `outDir` and swaps the result in, saying so through
 * `log`; throws, with `outDir` untouched, when the parts do not make one site.
 */
export async function mergeParts(
  parts: readonly string[],
  outDir: string,
  { move = false, log }: { move?: boolean; log: (line: string) => void },
): Promise<void> {
  const counts = await mergeIntoStaging(parts, outDir, move);
  publishStaging(outDir, log);
  log(`Merged ${parts.length} parts into ${outDir}. Reconciled: ${counts}`);
}
