/**
 * `npm run build [-- --outDir DIR]`: builds the site into a staging folder
 * next to the output folder (default dist/) with `astro build`, then, once
 * Astro has exited and freed its memory, the search index and the
 * reconciliation (build/index-and-reconcile.ts); only when all of that
 * succeeds does the new site take the old one's place. A failed build
 * leaves the last good site untouched and exits non-zero. Any other
 * arguments go to `astro build`. With SEARCH_SHARD (one job of a split
 * build), it first checks that the catalogue holds the other jobs' stories.
 * Without it, an archive larger than one build should hold is built in
 * parts, one per search shard, and merged (build/build-in-parts.ts).
 * Without SITE_URL it warns first, unless `--local` says the site is only
 * to be viewed on this machine (`npm start`).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { buildInParts, partsToBuild } from '../src/build/build-in-parts.ts';
import { checkCatalogue } from '../src/build/check-catalogue.ts';
import { onStop, runNode } from '../src/build/child-process.ts';
import { indexAndReconcile } from '../src/build/index-and-reconcile.ts';
import { clearLeftovers, publishStaging, sideFolders } from '../src/build/publish-site.ts';
import { colourEnv, describeProblem, passOutputOn, wantsTraces } from '../src/build/report.ts';
import { SearchShardCache } from '../src/build/search-shard-cache.ts';
import { buildCacheDir, catalogueDir, resolveContentDir } from '../src/entry/content-location.ts';
import { missingSiteUrlWarning } from '../src/deployment.ts';
import { searchShardYears } from '../src/lib/search-shards.ts';

const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, local: { type: 'boolean', default: false } },
  strict: false,
  tokens: true,
});
const passOn = tokens
  .filter((t) => !(t.kind === 'option' && (t.name === 'outDir' || t.name === 'local')))
  .flatMap((t) =>
    t.kind === 'positional' ? [t.value] : t.kind === 'option' ? [t.rawName, ...(t.value ? [t.value] : [])] : [],
  );
const traces = wantsTraces(passOn);
const siteUrlWarning = values.local ? undefined : missingSiteUrlWarning();
if (siteUrlWarning) console.warn(styleText(['bold', 'yellow'], siteUrlWarning, { stream: process.stderr }));
// What goes wrong outside a child, unforeseen: its message, its trace only when asked for.
process.on('uncaughtException', (problem) => {
  console.error(describeProblem(problem, traces));
  process.exit(1);
});
const outDir = resolve(String(values.outDir));
const { staging } = sideFolders(outDir);
// Stopped by a signal: the unfinished site goes, the last good one stays.
onStop(() => rmSync(staging, { recursive: true, force: true }));
const restored = clearLeftovers(outDir);
if (restored) console.log(restored);

const contentDir = resolveContentDir();
const job = searchShardYears();
try {
  if (job) {
    await checkCatalogue(contentDir, catalogueDir(contentDir), job, String(process.env.SEARCH_SHARD));
  } else {
    const parts = await partsToBuild(contentDir);
    if (parts) process.exit(await buildInParts({ plan: parts, outDir, passOn, log: console.log }));
  }
} catch (problem) {
  console.error(describeProblem(problem, traces));
  process.exit(1);
}

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const status = await runNode([astro, 'build', '--outDir', staging, ...passOn], {
  env: colourEnv(),
  output: (child) => passOutputOn(child, traces),
});
/** Removes the unfinished site and exits, saying where the last good one is. */
function fail(status: number): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`;
  console.error(`\nBuild failed: ${kept}. Fix the problem above and build again.`);
  process.exit(status);
}

if (status !== 0) fail(status);
try {
  // `--force` builds everything afresh, the search index included.
  const cache = passOn.includes('--force') ? undefined : new SearchShardCache(buildCacheDir(contentDir));
  await indexAndReconcile(staging, (line) => console.log(line), cache);
} catch (problem) {
  console.error(describeProblem(problem, traces));
  fail(1);
}
publishStaging(outDir, (line) => console.log(line));
