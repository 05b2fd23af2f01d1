import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The folders a build uses next to its output folder: the new site while it
 * is made, the old one while it is replaced, and the old one once replaced,
 * while it is removed.
 */
export function sideFolders(outDir: string): { staging: string; previous: string; removing: string } {
  return { staging: `${outDir}.staging`, previous: `${outDir}.previous`, removing: `${outDir}.removing` };
}

/**
 * Written last into a staging folder whose site is complete, just before it
 * takes the output folder's place, and removed from the output folder once
 * it has: a staging folder without it is unfinished, never a site.
 */
export const COMPLETE_MARKER = '.build-complete';

/**
 * For the fault tests (tests/trust/build-survives-kills.test.ts): with
 * BUILD_KILL_AT set to `point`, the process kills itself there with SIGKILL,
 * as a power cut or an out-of-memory kill would.
 */
function killPoint(point: string): void {
  if (process.env.BUILD_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * Before a build: makes good what a killed build left next to `outDir`. A
 * build killed between the two renames of publishStaging leaves no `outDir`
 * but the new site in the staging folder (marked complete) and the old one
 * in the previous folder: the newest complete one of them is put back as
 * `outDir` first; then whatever else is left is removed, never part of a
 * site. Returns what it put back, for the build's log.
 */
export function clearLeftovers(outDir: string): string | undefined {
  const { staging, previous, removing } = sideFolders(outDir);
  let restored: string | undefined;
  if (!existsSync(outDir)) {
    if (existsSync(join(staging, COMPLETE_MARKER))) {
      renameSync(staging, outDir);
      restored = `${basename(outDir)} was missing (a build was killed while publishing): put back the new site from ${basename(staging)}`;
    } else if (existsSync(previous)) {
      renameSync(previous, outDir);
      restored = `${basename(outDir)} was missing (a build was killed while publishing): put back the last site from ${basename(previous)}`;
    }
  }
  rmSync(join(outDir, COMPLETE_MARKER), { force: true });
  for (const folder of [staging, previous, removing]) rmSync(folder, { recursive: true, force: true });
  return restored;
}

/** Writes the empty marker file and flushes it, so that it is there before the renames that follow it. */
function writeMarker(path: string): void {
  const fd = openSync(path, 'w');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The log line of the moment the new site is served, which the benchmark times publishing to. */
export const SWAPPED_IN = 'Swapped in:';

/**
 * Puts the finished site in `outDir`'s staging folder in place of `outDir`:
 * two renames, so a reader of `outDir` sees the old site or the new one,
 * never a half-written one. A kill between them leaves no `outDir`, and
 * the next build's clearLeftovers puts the new site there first. The old
 * site is renamed aside before it is removed, so that a folder named
 * previous is always a whole site. `log` is told when the new site is in
 * place and when the old one is gone.
 */
export function publishStaging(outDir: string, log: (line: string) => void = () => undefined): void {
  const { staging, previous, removing } = sideFolders(outDir);
  killPoint('publish:start');
  writeMarker(join(staging, COMPLETE_MARKER));
  killPoint('publish:marked');
  const replacing = existsSync(outDir);
  if (replacing) renameSync(outDir, previous);
  killPoint('publish:between-renames');
  renameSync(staging, outDir);
  log(`${SWAPPED_IN} ${basename(outDir)} serves the new site`);
  killPoint('publish:swapped');
  if (replacing) {
    renameSync(previous, removing);
    rmSync(removing, { recursive: true, force: true });
    log('Removed the previous site');
  }
  killPoint('publish:removed-previous');
  rmSync(join(outDir, COMPLETE_MARKER), { force: true });
}
