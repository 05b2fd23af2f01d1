import { describeCounts, reconcile } from '../lib/reconcile.ts';
import { shardOfYear, yearOfStoryPath, type SearchShard } from '../lib/search-shards.ts';
import { readEntryAccounts, readRefusals, readSearchRecords, readSources, readStoryPages } from './reconcile-inputs.ts';

/**
 * Reconciles a built site with its archive (see lib/reconcile.ts). With
 * `indexedShards`, the site's index holds only those shards (one job of a
 * split build): stories outside them need no search record. Throws, listing
 * everything missing or extra; returns the counts otherwise.
 */
export async function reconcileSite(
  outDir: string,
  basePath: string,
  contentDir: string,
  indexedShards?: readonly SearchShard[],
): Promise<string> {
  const [sources, entries, refused, storyPages, searchRecords] = await Promise.all([
    readSources(contentDir),
    readEntryAccounts(contentDir),
    readRefusals(contentDir),
    readStoryPages(outDir),
    readSearchRecords(outDir, basePath),
  ]);
  const indexes = indexedShards
    ? (path: string) => shardOfYear(indexedShards, yearOfStoryPath(path)) !== undefined
    : undefined;
  const result = reconcile({
    sources,
    entries,
    refusals: refused.refusals,
    storyPages,
    searchRecords,
    ...(indexes ? { indexes } : {}),
  });
  const problems = [...refused.problems, ...result.problems];
  if (problems.length > 0) {
    throw new Error(
      `The archive does not reconcile (${describeCounts(result)}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return describeCounts(result);
}
