import { rmSync } from 'node:fs';
import { after } from 'node:test';
import { buildSite } from './build-site.ts';
import { fixtureStories, writeFixtureArchive, type FixtureStory } from './fixture-archive.ts';

export interface FixtureSite {
  /** The built site. */
  readonly dist: string;
  /** The archive it was built from (CONTENT_DIR). */
  readonly contentDir: string;
  readonly stories: readonly FixtureStory[];
}

/**
 * Writes the made-up archive and builds it, once for the calling test file;
 * both folders are removed after its tests.
 */
export function useFixtureSite(): () => FixtureSite {
  let site: FixtureSite | undefined;
  after(() => {
    if (!site) return;
    rmSync(site.dist, { recursive: true, force: true });
    rmSync(site.contentDir, { recursive: true, force: true });
  });
  return () => {
    if (!site) {
      const stories = fixtureStories();
      const contentDir = writeFixtureArchive(stories);
      site = { dist: buildSite({ contentDir }), contentDir, stories };
    }
    return site;
  };
}
