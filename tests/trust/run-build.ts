import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO_DIR } from '../support/entries.ts';

export interface BuildRun {
  readonly status: number | null;
  /** stdout and stderr together, as a reader of the build sees them, without colours (with CI set, Astro colours even a pipe). */
  readonly output: string;
}

/** Runs `npm run build`'s script (scripts/build.ts) on the archive in `contentDir`, into `outDir`; never throws. */
export function runBuild(contentDir: string, outDir: string): BuildRun {
  const run = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: REPO_DIR,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
