import { readdirSync } from 'node:fs';

/** Every .html file under a built site, as sorted `/`-separated paths relative to it. */
export function listHtmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}
