/** Reads the entries in content/articles/ as the site sees them: front matter validated by the shared schema. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { articleSchema, type Article } from '../../src/entry/article.ts';
import { formatIssues } from '../../src/entry/format-issues.ts';

export const REPO_DIR = resolve(import.meta.dirname, '../..');
export const ARTICLES_DIR = join(REPO_DIR, 'content/articles');

export interface Entry {
  /** Repository-relative path of the Markdown file. */
  readonly file: string;
  readonly data: Article;
  /** The Markdown body, as written. */
  readonly body: string;
}

export async function readEntries(dir: string = ARTICLES_DIR): Promise<Entry[]> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const file = relative(REPO_DIR, path);
      const parts = splitFrontMatter(await readFile(path, 'utf8'));
      if (!parts) throw new Error(`${file}: no front matter between --- lines at the top`);
      const result = articleSchema.safeParse(parse(parts.yaml));
      if (!result.success) throw new Error(formatIssues(file, result.error));
      return { file, data: result.data, body: parts.body };
    }),
  );
}
