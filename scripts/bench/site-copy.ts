import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` reads from the project besides the content folder and node_modules. */
const SITE_FILES = [
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'scripts/build.ts',
  'scripts/merge-search-shards.ts',
];

/**
 * Copies the site's code into `dest` (node_modules symlinked) so the
 * benchmark builds from a folder of its own. Astro writes intermediate
 * files under the project root (`.astro/.prerender/`), so two builds run
 * from one checkout at once overwrite each other's chunks and fail; the
 * copy also freezes the code being measured if someone edits src/
 * meanwhile. The content comes from CONTENT_DIR, as in any build.
 */
export function copySite(repoDir: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const path of SITE_FILES) cpSync(join(repoDir, path), join(dest, path), { recursive: true });
  symlinkSync(join(repoDir, 'node_modules'), join(dest, 'node_modules'), 'dir');
  // astro.config.ts compares CONTENT_DIR with the project's own content/, which must exist.
  mkdirSync(join(dest, 'content/articles'), { recursive: true });
}
