import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { contentCacheDir } from '../../src/entry/content-location.ts';
import { REPO_DIR } from '../support/entries.ts';

export interface BuildRun {
  readonly status: number | null;
  /** The signal that ended the build, when one did. */
  readonly signal: NodeJS.Signals | null;
  /** stdout and stderr together, as a reader of the build sees them, without colours (with CI set, Astro colours even a pipe). */
  readonly output: string;
}

/**
 * Runs `npm run build`'s script (scripts/build.ts) on the archive in
 * `contentDir`, into `outDir`, with `env` added; never throws. With
 * `killAfterMs`, SIGKILLs it that long after its start (its children then
 * kill themselves: src/build/die-with-parent.mjs).
 */
export function runBuild(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
  { killAfterMs }: { killAfterMs?: number } = {},
): BuildRun {
  const run = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: REPO_DIR,
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    ...(killAfterMs !== undefined ? { timeout: killAfterMs, killSignal: 'SIGKILL' as const } : {}),
  });
  // Test archives are never built again from their cache: it goes with the run.
  rmSync(join(REPO_DIR, contentCacheDir(resolve(REPO_DIR, contentDir))), {
    recursive: true,
    force: true,
  });
  return { status: run.status, signal: run.signal, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
