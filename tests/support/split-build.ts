/** A made-up archive built as the jobs of a split build build it, and their parts merged (docs/architecture.md, "Building in parts"). */
import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { REPO_DIR } from './entries.ts';

const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

/**
 * Each shard's years written into the catalogue (`astro sync` with
 * SEARCH_SHARD naming it), then each shard's part built, sharing one build
 * cache folder as jobs share the catalogue. Gives each part's folder, in the
 * order of `shards`.
 */
export function buildShardParts(contentDir: string, searchShardStories: number, shards: readonly string[]): string[] {
  const env = { ...process.env, CONTENT_DIR: contentDir, SEARCH_SHARD_STORIES: String(searchShardStories) };
  for (const shard of shards) {
    const synced = spawnSync(process.execPath, [join(REPO_DIR, ASTRO_BIN), 'sync'], {
      cwd: REPO_DIR,
      env: { ...env, SEARCH_SHARD: shard },
      encoding: 'utf8',
    });
    assert.equal(synced.status, 0, `astro sync of ${shard} failed:\n${synced.stdout}\n${synced.stderr}`);
  }
  const job = { contentDir, searchShardStories, keepBuildCache: true };
  return shards.map((searchShard) => buildSite({ ...job, searchShard }));
}

/** `npm run build:merge` of `parts` into `outDir`. */
export function mergeParts(contentDir: string, outDir: string, ...parts: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(REPO_DIR, 'scripts/merge-search-shards.ts'), '--outDir', outDir, ...parts], {
    cwd: REPO_DIR,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}
