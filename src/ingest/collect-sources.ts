import { constants } from 'node:fs';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export const SOURCES_DIR = 'content/sources';

/** A source to ingest, or the reason a given path cannot be one. */
export type SourceRef =
  | { readonly ok: true; readonly name: string; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly field: string; readonly reason: string };

/**
 * The sources a run covers: every file in content/sources/ when no paths are
 * given. A path outside content/sources/ is first copied in under its own
 * name (so an entry's `source.path` is always content/sources/<name>), unless
 * a different file of that name is already there.
 */
export async function collectSources(root: string, paths: readonly string[]): Promise<SourceRef[]> {
  const dir = join(root, SOURCES_DIR);
  if (paths.length === 0) {
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
    return names.map((name) => ({ ok: true, name, path: `${SOURCES_DIR}/${name}` }));
  }
  const refs: SourceRef[] = [];
  for (const given of paths) refs.push(await collectOne(root, dir, given));
  return refs;
}

async function collectOne(root: string, dir: string, given: string): Promise<SourceRef> {
  const absolute = resolve(root, given);
  const name = basename(absolute);
  const path = `${SOURCES_DIR}/${name}`;
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, path: given, field: '(file)', reason: 'no such file; check the path' };
  const target = join(dir, name);
  if (absolute === target) return { ok: true, name, path };
  const existing = await readFile(target).catch(() => undefined);
  if (existing) {
    if (existing.equals(await readFile(absolute))) return { ok: true, name, path };
    return {
      ok: false,
      path: given,
      field: '(file)',
      reason: `a different file named ${name} is already in ${SOURCES_DIR}/ and sources are never replaced; rename the new file and run again`,
    };
  }
  await copyFile(absolute, target, constants.COPYFILE_EXCL);
  return { ok: true, name, path };
}
