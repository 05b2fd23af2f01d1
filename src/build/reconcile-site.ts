import { describeCounts, reconcile } from '../lib/reconcile.ts';
import { isUndatedPath, shardOfYear, yearOfStoryPath, type SearchShard } from '../lib/search-shards.ts';
import { readEntryAccounts, readRefusals, readSearchRecords, readSources, readStoryPages } from './reconcile-inputs.ts';

/**
 * Reconciles a built site with its archive (see lib/reconcile.ts). With
 * `part`, the site is one part of a split build, holding the story pages and
 * the search index of those shards only (build/build-part.ts), and the
 * undated stories' when it is the oldest shard's (`holdsUndated`): stories
 * outside them need no page or search record. Throws, listing
 * everything missing or extra; returns the counts otherwise.
 */
export async function reconcileSite(
  outDir: string,
  basePath: string,
  contentDir: string,
  part?: { readonly shards: readonly SearchShard[]; readonly holdsUndated: boolean },
): Promise<string> {
  const [sources, entries, refused, storyPages, searchRecords] = await Promise.all([
    readSources(contentDir),
    readEntryAccounts(contentDir),
    readRefusals(contentDir),
    readStoryPages(outDir),
    readSearchRecords(outDir, basePath),
  ]);
  // Reconciliation compares paths (built files, search records, the ingest's
  // entry accounts), with no story at hand: a story's shard is read from its path.
  const holds = part
    ? (path: string) =>
        isUndatedPath(path) ? part.holdsUndated : shardOfYear(part.shards, yearOfStoryPath(path)) !== undefined
    : undefined;
  const result = reconcile({
    sources,
    entries,
    refusals: refused.refusals,
    storyPages,
    searchRecords,
    ...(holds ? { holds } : {}),
  });
  const problems = [...refused.problems, ...result.problems];
  if (problems.length > 0) {
    throw new Error(
      `The archive does not reconcile (${describeCounts(result)}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return describeCounts(result);
}
