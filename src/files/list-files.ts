import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * The files under `dir`, in any folder, as sorted `/`-separated relative
 * paths, hidden ones (and those in hidden folders) left out unless
 * `hidden`; none when `dir` does not exist. Read with the folders' entry
 * types, so that no file is looked at one by one.
 */
export async function listFiles(dir: string, { hidden = false } = {}): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .filter((path) => hidden || !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The archive's entry files (`*.md`) under `articlesDir`, as the loader, the build's plan and its reconciliation all count them. */
export async function entryFiles(articlesDir: string): Promise<string[]> {
  return (await listFiles(articlesDir)).filter((path) => path.endsWith('.md'));
}
