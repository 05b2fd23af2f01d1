/**
 * `npm run build:merge -- --outDir dist PART...`: joins the parts of a build
 * split across machines into one site with one search. Each part is the
 * output of `SEARCH_SHARD=<id> npm run build` on the same commit and archive
 * (see the README, "Beyond one machine"): the same site, with its own
 * shard's index. The merged site is every part's pages (which must be the
 * same, file for file) and every planned shard's index, each taken from the
 * one part that has it. It is reconciled like any build, then put in place
 * of the output folder; on any problem nothing is written there and the
 * exit status is 1.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/content-location.ts';
import { resolveDeployment } from '../src/deployment.ts';
import { copyHighlighter } from '../src/integrations/index-search-shard.ts';
import { reconcileSite } from '../src/integrations/reconcile-site.ts';
import { readShardPlan } from '../src/integrations/search-shard-plan.ts';
import type { SearchShard } from '../src/lib/search-shards.ts';
import { clearLeftovers, publishStaging, sideFolders } from './build/publish-site.ts';

/** A site's files outside pagefind/, as `/`-separated paths. */
function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

/** The first difference between two parts' pages, or undefined when they are the same site. */
function firstDifference(a: string, b: string): string | undefined {
  const filesA = siteFiles(a);
  const filesB = new Set(siteFiles(b));
  for (const file of filesA) {
    if (!filesB.has(file)) return `${file} is in ${a} and not in ${b}`;
    if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) return `${file} differs`;
    filesB.delete(file);
  }
  const [extra] = filesB;
  return extra === undefined ? undefined : `${extra} is in ${b} and not in ${a}`;
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

async function merge(parts: readonly string[], outDir: string): Promise<string> {
  const plan = await readShardPlan(parts[0]!);
  const problems: string[] = [];
  for (const part of parts.slice(1)) {
    if (JSON.stringify(await readShardPlan(part)) !== JSON.stringify(plan)) {
      problems.push(
        `${part}: search/shards.json: another plan than ${parts[0]}'s; build every part from one commit and archive`,
      );
    } else {
      const difference = firstDifference(parts[0]!, part);
      if (difference)
        problems.push(
          `${part}: not the same site as ${parts[0]} (${difference}); build every part from one commit and archive`,
        );
    }
  }
  const shards = findShards(plan, parts);
  problems.push(...shards.problems);
  if (problems.length > 0)
    throw new Error(`The parts do not make one site:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const { staging } = sideFolders(outDir);
  cpSync(parts[0]!, staging, { recursive: true, filter: (file) => !relative(parts[0]!, file).startsWith('pagefind') });
  for (const [id, part] of shards.from)
    cpSync(join(part, 'pagefind', id), join(staging, 'pagefind', id), { recursive: true });
  const [newest] = plan;
  if (newest) copyHighlighter(staging, newest.id);
  try {
    return await reconcileSite(staging, resolveDeployment().basePath, resolveContentDir());
  } catch (problem) {
    rmSync(staging, { recursive: true, force: true });
    throw problem;
  }
}

const { values, positionals } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' } },
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
    'Usage: npm run build:merge -- --outDir dist PART... (each PART built with SEARCH_SHARD=<id> npm run build)',
  );
  process.exit(1);
}
clearLeftovers(outDir);
try {
  const counts = await merge(parts, outDir);
  publishStaging(outDir);
  console.log(`Merged ${parts.length} parts into ${outDir}. Reconciled: ${counts}`);
} catch (problem) {
  console.error(problem instanceof Error ? problem.message : problem);
  process.exit(1);
}
