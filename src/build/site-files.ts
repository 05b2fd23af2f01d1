import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files under `folder` of a built site (default: all of it), as `/`-separated paths from the site's root. */
export function siteFiles(site: string, folder = ''): string[] {
  return readdirSync(join(site, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
