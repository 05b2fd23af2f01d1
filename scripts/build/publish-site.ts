import { existsSync, renameSync, rmSync } from 'node:fs';

/** The folders a build uses next to its output folder: the new site while it is made, and the old one while it is replaced. */
export function sideFolders(outDir: string): { staging: string; previous: string } {
  return { staging: `${outDir}.staging`, previous: `${outDir}.previous` };
}

/** Removes what a killed build left next to `outDir`: never part of a site. */
export function clearLeftovers(outDir: string): void {
  const { staging, previous } = sideFolders(outDir);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Puts the finished site in `outDir`'s staging folder in place of `outDir`:
 * two renames, so a reader of `outDir` sees the old site or the new one,
 * never a half-written one.
 */
export function publishStaging(outDir: string): void {
  const { staging, previous } = sideFolders(outDir);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
