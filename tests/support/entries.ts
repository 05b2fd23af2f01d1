/** Reads the entries in content/articles/ as the site sees them: front matter validated by the shared schema. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { articleSchema, type Article } from '../../src/schemas/article.ts';

export const REPO_DIR = resolve(import.meta.dirname, '../..');
export const ARTICLES_DIR = join(REPO_DIR, 'content/articles');

export interface Entry {
  /** Repository-relative path of the Markdown file. */
  readonly file: string;
  readonly data: Article;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export async function readEntries(dir: string = ARTICLES_DIR): Promise<Entry[]> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const file = relative(REPO_DIR, path);
      const match = FRONT_MATTER.exec(await readFile(path, 'utf8'));
      if (!match) throw new Error(`${file}: no front matter between --- lines at the top`);
      const result = articleSchema.safeParse(parse(match[1] ?? ''));
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        throw new Error(`${file}: front matter does not match articleSchema:\n${issues.join('\n')}`);
      }
      return { file, data: result.data };
    }),
  );
}
