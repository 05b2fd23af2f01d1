/**
 * Indexes a built site's story pages again, in shards of at most N stories,
 * with the build's own indexer, and reports each shard's time and the
 * Pagefind process's peak memory: what splitting the index saves, without
 * rebuilding the site (e.g. a benchmark run's kept site).
 *   node scripts/bench/index-in-shards.ts <site folder> <stories per shard>
 * Replaces the site's pagefind/ and search/shards.json (the search page of a
 * site built before shards existed does not read them; time its searches
 * with pagefind-first-search.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyHighlighter, indexSearchShard } from '../../src/build/index-search-shard.ts';
import { readStoryPages } from '../../src/build/reconcile-inputs.ts';
import { countStoriesByYear, planSearchShards, SEARCH_SHARDS_FILE, undatedShard } from '../../src/lib/search-shards.ts';
import { folderSize } from './folder-size.ts';
import { sampleTreeMemory } from './process-tree-memory.ts';

const [site, limitText] = process.argv.slice(2);
const limit = Number(limitText);
if (!site || !Number.isInteger(limit) || limit < 1) {
  console.error('usage: node scripts/bench/index-in-shards.ts <site folder> <stories per shard>');
  process.exit(2);
}
const plan = planSearchShards(countStoriesByYear(await readStoryPages(site)), limit);
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
mkdirSync(join(site, 'search'), { recursive: true });
writeFileSync(join(site, SEARCH_SHARDS_FILE), JSON.stringify(plan));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
let totalMs = 0;
let peak = 0;
for (const shard of plan) {
  const sampler = sampleTreeMemory(process.pid, 50);
  const started = performance.now();
  const pages = await indexSearchShard(site, shard, shard === undatedShard(plan));
  const ms = performance.now() - started;
  const memory = sampler.stop();
  const pagefindPeak = Math.max(
    0,
    ...[...memory.peakByCommand].filter(([name]) => name.startsWith('pagefind')).map(([, b]) => b),
  );
  totalMs += ms;
  peak = Math.max(peak, pagefindPeak);
  const size = folderSize(join(site, 'pagefind', shard.id));
  console.log(
    `shard ${shard.id}: ${pages} pages in ${(ms / 1000).toFixed(1)} s; Pagefind peak ${mb(pagefindPeak)}; index ${mb(size.bytes)} in ${size.files} files`,
  );
}
copyHighlighter(site, plan[0]!.id);
console.log(
  `${plan.length} shards of at most ${limit} stories: ${(totalMs / 1000).toFixed(1)} s in all; Pagefind peak ${mb(peak)}`,
);
