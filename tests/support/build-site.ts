import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentCacheDir } from '../../src/entry/content-location.ts';
import { REPO_DIR } from './entries.ts';

export interface BuildOptions {
  /** CONTENT_DIR: another archive to build instead of content/. */
  readonly contentDir?: string;
  readonly basePath?: string;
  readonly siteUrl?: string;
  /** SEARCH_SHARD_STORIES: the largest search shard, to split a small archive's index. */
  readonly searchShardStories?: number;
  /** SEARCH_SHARD: build this shard's part, as one job of a split build does. */
  readonly searchShard?: string;
  /** Keep the archive's build cache (its catalogue, for the other jobs of a split build); the caller removes it. */
  readonly keepBuildCache?: boolean;
  /** WHOLE_BUILD_STORIES: above this many stories, an archive of several shards is built in parts. */
  readonly wholeBuildStories?: number;
  /** Build into this folder (a site built before, to build again) instead of a new one. */
  readonly outDir?: string;
}

/**
 * Runs `npm run build`'s script (pages, then search index and
 * reconciliation) into a new temporary folder (or `outDir`) and returns it; fails the test
 * with the build's output if it fails.
 */
export function buildSite(options: BuildOptions = {}): string {
  return buildSiteWithLog(options).dist;
}

/** buildSite, with what the build printed (standard output). */
export function buildSiteWithLog(options: BuildOptions = {}): { dist: string; log: string } {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'news-archive-dist-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  if (options.basePath) env.BASE_PATH = options.basePath;
  if (options.siteUrl) env.SITE_URL = options.siteUrl;
  if (options.searchShardStories) env.SEARCH_SHARD_STORIES = String(options.searchShardStories);
  if (options.searchShard) env.SEARCH_SHARD = options.searchShard;
  if (options.wholeBuildStories) env.WHOLE_BUILD_STORIES = String(options.wholeBuildStories);
  const built = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: REPO_DIR,
    env,
    encoding: 'utf8',
  });
  // A test archive's build cache (its data store, catalogue and a copy of its
  // site) is never used again: each test run writes its archives to new folders.
  if (options.contentDir && !options.keepBuildCache) {
    rmSync(join(REPO_DIR, contentCacheDir(resolve(REPO_DIR, options.contentDir))), { recursive: true, force: true });
  }
  assert.equal(built.status, 0, `the build (${JSON.stringify(options)}) failed:\n${built.stdout}\n${built.stderr}`);
  return { dist: outDir, log: built.stdout };
}
