import { rmSync } from 'node:fs';
import { after } from 'node:test';
import { buildSite } from './build-site.ts';
import { fixtureStories, UNDATED_FIXTURE_STORIES, writeFixtureArchive, type FixtureStory } from './fixture-archive.ts';

export interface FixtureSite {
  /** The built site. */
  readonly dist: string;
  /** The archive it was built from (CONTENT_DIR). */
  readonly contentDir: string;
  readonly stories: readonly FixtureStory[];
}

/**
 * The made-up archive's search index is split into shards of whole years
 * (2019, 2020 and 2021: no two of them fit in this many stories), so every
 * search test on it searches across shards, as a large archive's readers do.
 */
export const FIXTURE_SHARD_STORIES = 20;

/**
 * Writes the made-up archive and builds it, once for the calling test file;
 * both folders are removed after its tests. `withUndated` adds the undated
 * stories (UNDATED_FIXTURE_STORIES).
 */
export function useFixtureSite(options: { withUndated?: boolean } = {}): () => FixtureSite {
  let site: FixtureSite | undefined;
  after(() => {
    if (!site) return;
    rmSync(site.dist, { recursive: true, force: true });
    rmSync(site.contentDir, { recursive: true, force: true });
  });
  return () => {
    if (!site) {
      const stories = [...fixtureStories(), ...(options.withUndated ? UNDATED_FIXTURE_STORIES : [])];
      const contentDir = writeFixtureArchive(stories);
      site = { dist: buildSite({ contentDir, searchShardStories: FIXTURE_SHARD_STORIES }), contentDir, stories };
    }
    return site;
  };
}
