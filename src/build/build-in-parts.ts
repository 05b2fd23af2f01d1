/**
 * A large archive on one machine: `npm run build` builds it in parts, one per
 * search shard, with the stages a CI job matrix runs (docs/deploying.md, "beyond one
 * machine"): every part's `astro sync` (its years into the catalogue),
 * several at once, then the parts' builds in turn (`SEARCH_SHARD=<id>`, the
 * same build script), then `build:merge --move`. One `astro build` holds
 * every entry, and its memory grows with the archive; a part holds only its
 * own years'. The newest part is built first, and works out every other
 * part's page digests; an older part whose pages, entries and code did not
 * change since it went into the live site is not built again, but kept from
 * that site (kept-parts.ts).
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { onStop, runNode } from './child-process.ts';
import { buildCacheDir, catalogueDir } from '../entry/content-location.ts';
import { entryFiles } from '../files/list-files.ts';
import { KeptParts } from './kept-parts.ts';
import { partHeapEnv } from './part-heap.ts';
import { handDownPlan } from './search-shard-plan.ts';
import { codeDigest, partDigests } from './part-digests.ts';
import { readEntryAccounts } from './reconcile-inputs.ts';
import type { EntryAccount } from '../lib/reconcile.ts';
import { SyncedParts, syncFingerprints } from './synced-parts.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import {
  countStoriesByYear,
  planSearchShards,
  shardStoriesLimit,
  storiesSetting,
  type SearchShard,
} from '../lib/search-shards.ts';

/**
 * The most stories one `astro build` takes unless WHOLE_BUILD_STORIES says
 * otherwise; a larger archive with more than one search shard is built in
 * parts. A part holds only its years' entries in memory, but parts cost time
 * (each runs Astro's start and bundling once more), so two default shards'
 * worth stays whole (figures: docs/decisions/2026-11-24-search-index-in-shards.md).
 */
export const DEFAULT_WHOLE_BUILD_STORIES = 24_000;

/**
 * The search shards to build as parts, or undefined to build the archive
 * whole: it has at most WHOLE_BUILD_STORIES entries, or one shard. Counts
 * the entry files first, so that an archive built whole reads no entry here.
 */
export async function partsToBuild(
  contentDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PartsPlan | undefined> {
  const limit = storiesSetting(env, 'WHOLE_BUILD_STORIES', DEFAULT_WHOLE_BUILD_STORIES);
  const files = await entryFiles(join(contentDir, 'articles'));
  if (files.length <= limit) return undefined;
  const entries = await readEntryAccounts(contentDir);
  const plan = planFromEntries(entries, env);
  return plan.length > 1 ? { plan, entries } : undefined;
}

/** The parts of a build in parts, and the entries they were planned from. */
export interface PartsPlan {
  readonly plan: readonly SearchShard[];
  readonly entries: readonly EntryAccount[];
}

const planFromEntries = (entries: readonly EntryAccount[], env: NodeJS.ProcessEnv) =>
  planSearchShards(countStoriesByYear(entries.map((entry) => entry.path)), shardStoriesLimit(env));

/** The archive's search shards, newest first, from its entries alone (what the build will plan). */
export async function planArchiveShards(
  contentDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SearchShard[]> {
  return planFromEntries(await readEntryAccounts(contentDir), env);
}

export interface PartsBuild extends PartsPlan {
  /** The archive's content folder. */
  readonly contentDir: string;
  /** The site's folder, replaced only once the merge succeeds. */
  readonly outDir: string;
  /** Arguments for every part's `astro build` (and `--force` for its `astro sync`). */
  readonly passOn: readonly string[];
  readonly log: (line: string) => void;
}

/** Wall time since `start` (a `performance.now()`), for the build's log. */
const secondsSince = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** The project whose build this is (the benchmark builds a copy of it). */
const PROJECT = join(import.meta.dirname, '../..');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');

/**
 * How many parts' `astro sync` run at once. A sync renders its part's
 * entries' Markdown on one core, in far less memory than a part's build
 * (BENCHMARKS.md, "100,000 articles"); they write different files (each its own
 * content store and its own years of the catalogue) and the same ones alike
 * (Astro's types, the caches kept by file stat, written whole by a rename).
 * The builds that follow run one at a time: two at once would pass the 8 GB target.
 */
const SYNCS_AT_ONCE = Math.min(availableParallelism(), 4);

/**
 * Runs `node args` with `env` added to this process's, each line of its
 * output shown as it comes behind `[label]`, so that children running at
 * once can be told apart; resolves to its exit status.
 */
function runLabelled(label: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return runNode(args, {
    env,
    output: (child) => {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const)
        if (from)
          createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`[${label}] ${line}\n`));
    },
  });
}

/**
 * Runs the three stages, each child with the output shown as it comes
 * (the syncs, SYNCS_AT_ONCE at a time, each line behind its part's id);
 * returns the exit status: 0, or the first failing stage's, after which
 * nothing more starts and the site folder is left as it was.
 */
export async function buildInParts({ plan, entries, contentDir, outDir, passOn, log }: PartsBuild): Promise<number> {
  // The parts' sites wait here for the merge. A killed parts build leaves
  // this folder; the next one starts by removing it, and a finished one afterwards.
  const partsDir = `${outDir}.parts`;
  const run = (args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> => runNode(args, { env });
  const partDir = (shard: SearchShard) => join(partsDir, shard.id);
  const cacheDir = resolve(buildCacheDir(contentDir));
  const syncArgs = passOn.includes('--force') ? ['--force'] : [];
  rmSync(partsDir, { recursive: true, force: true });
  onStop(() => rmSync(partsDir, { recursive: true, force: true }));
  // `--force` builds every part afresh; what it builds is recorded all the same.
  const keeping = !passOn.includes('--force');
  const code = codeDigest(
    PROJECT,
    plan,
    passOn.filter((arg) => arg !== '--force'),
  );
  try {
    log(`Building in ${plan.length} parts, one per search shard: ${plan.map((shard) => shard.id).join(', ')}`);
    const syncing = performance.now();
    const synced = new SyncedParts(cacheDir);
    const fingerprints = syncFingerprints(plan, entries, contentDir, code);
    let syncFailed = 0;
    await eachAtOnce([...plan.entries()], SYNCS_AT_ONCE, async ([index, shard]) => {
      if (syncFailed !== 0) return;
      const part = `Part ${shard.id} (${index + 1} of ${plan.length})`;
      const fingerprint = fingerprints.get(shard.id)!;
      if (keeping && synced.isCurrent(shard.id, fingerprint, catalogueDir(contentDir))) {
        log(`${part}: entries unchanged since its last content sync, not synced again`);
        return;
      }
      log(`${part}: content sync`);
      const started = performance.now();
      const status = await runLabelled(shard.id, [ASTRO, 'sync', ...syncArgs], { SEARCH_SHARD: shard.id });
      if (status !== 0) syncFailed ||= status;
      else {
        synced.synced(shard.id, fingerprint.fingerprint);
        log(`${part}: synced in ${secondsSince(started)}`);
      }
    });
    await synced.save();
    if (syncFailed !== 0) return syncFailed;
    log(`Synced every part in ${secondsSince(syncing)}`);
    const building = performance.now();
    const [newest] = plan;
    const pageDigests = join(cacheDir, 'page-digests');
    rmSync(pageDigests, { recursive: true, force: true });
    const buildPart = async (index: number, shard: SearchShard, env: NodeJS.ProcessEnv = {}): Promise<number> => {
      const part = `Part ${shard.id} (${index + 1} of ${plan.length})`;
      log(`${part}: build`);
      const started = performance.now();
      const built = await run([join(PROJECT, 'scripts/build.ts'), '--outDir', partDir(shard), ...passOn], {
        ...partHeapEnv(),
        ...handDownPlan(plan),
        SEARCH_SHARD: shard.id,
        ...env,
      });
      if (built === 0) log(`${part}: built in ${secondsSince(started)}`);
      return built;
    };
    // The newest part first: a new story lands there, and it works out every other part's page digests.
    const builtNewest = await buildPart(0, newest!, { PAGE_DIGESTS: pageDigests });
    if (builtNewest !== 0) return builtNewest;
    const kept = new KeptParts(cacheDir);
    const digests = partDigests(plan, { pageDigests, catalogue: catalogueDir(contentDir), code });
    const rebuilt: SearchShard[] = [];
    for (const [index, shard] of [...plan.entries()].slice(1)) {
      const digest = digests.get(shard.id);
      const part = `Part ${shard.id} (${index + 1} of ${plan.length})`;
      const keptOrNot = keeping
        ? kept.keep(shard, digest, outDir, partDir(shard), partDir(newest!))
        : { built: '--force' };
      if ('kept' in keptOrNot) {
        log(`${part}: unchanged since the last build, kept from the site`);
        continue;
      }
      log(`${part}: not kept from the site: ${keptOrNot.built}`);
      const built = await buildPart(index, shard);
      if (built !== 0) return built;
      rebuilt.push(shard);
    }
    for (const shard of rebuilt) {
      const others = plan.filter((other) => other !== shard).map(partDir);
      kept.built(shard, digests.get(shard.id), partDir(shard), others);
    }
    log(`Built every part in ${secondsSince(building)}`);
    // The parts are this build's own: moved into the site, not copied.
    const merged = await run(
      [join(PROJECT, 'scripts/merge-search-shards.ts'), '--outDir', outDir, '--move', ...plan.map(partDir)],
      {},
    );
    if (merged === 0) await kept.save(outDir);
    return merged;
  } finally {
    rmSync(partsDir, { recursive: true, force: true });
  }
}
