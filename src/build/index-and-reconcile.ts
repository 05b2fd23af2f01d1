import { resolveContentDir } from '../entry/content-location.ts';
import { resolveDeployment } from '../deployment.ts';
import { copyHighlighter, indexSearchShard } from './index-search-shard.ts';
import { writeArchiveVocabulary } from './write-search-vocabulary.ts';
import { reconcileSite } from './reconcile-site.ts';
import { readShardPlan, shardsToIndex } from './search-shard-plan.ts';
import { undatedShard } from '../lib/search-shards.ts';
import { checkXmlFiles } from './check-xml.ts';
import { SearchShardCache, shardKey } from './search-shard-cache.ts';

/**
 * What a build does once `astro build` has written the pages and exited, so
 * that Astro's memory is free before Pagefind takes its own: writes the
 * search index, one shard after another (all the site lists, or only the one
 * SEARCH_SHARD names), then reconciles the site with its archive (see
 * lib/reconcile.ts), one part of a split build being held to its shard's
 * story pages and search records (build/build-part.ts), and checks that its
 * feeds and sitemaps are well-formed XML (check-xml.ts). Throws on any problem; logs a line per step.
 * With a cache, a shard whose story pages are unchanged since its index was
 * last written gets that index back instead of being indexed again.
 */
export async function indexAndReconcile(
  site: string,
  log: (line: string) => void,
  cache?: SearchShardCache,
): Promise<void> {
  const plan = await readShardPlan(site);
  const shards = shardsToIndex(plan);
  for (const shard of shards) {
    const undated = shard === undatedShard(plan);
    const key = cache ? shardKey(site, shard, undated) : '';
    if (cache?.restore(site, shard, key)) {
      log(`Indexed ${shard.stories} pages for search in shard ${shard.id} (reused: its story pages are unchanged).`);
      continue;
    }
    const pages = await indexSearchShard(site, shard, undated);
    cache?.save(site, shard, key);
    log(`Indexed ${pages} pages for search in shard ${shard.id}.`);
  }
  const [first] = shards;
  if (first) copyHighlighter(site, first.id);
  // A part of a split build has one shard: the merge adds up the archive's vocabulary.
  if (shards.length === plan.length) {
    log(`Wrote the archive's vocabulary for search: ${writeArchiveVocabulary(site, plan)} words.`);
  }
  const counts = await reconcileSite(
    site,
    resolveDeployment().basePath,
    resolveContentDir(),
    shards.length < plan.length ? { shards, holdsUndated: shards.includes(undatedShard(plan)!) } : undefined,
  );
  log(`Reconciled: ${counts}`);
  log(`Checked ${checkXmlFiles(site)} XML files (feeds, sitemaps): each is well-formed.`);
  if (shards.length < plan.length) {
    const others = plan.filter((shard) => !shards.includes(shard)).map((shard) => shard.id);
    log(
      `This site is one part of a split build (SEARCH_SHARD): shard ${shards.map((s) => s.id).join(', ')}'s pages and search index, and a share of the other pages. ` +
        `Build the others (${others.join(', ')}) and join the parts with \`npm run build:merge\`.`,
    );
  }
}
