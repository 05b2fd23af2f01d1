import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatMarkdown } from './format-markdown.ts';

const HEADER = `# Benchmarks

Figures from \`npm run bench -- --articles N\` ([scripts/bench.ts](scripts/bench.ts)): a generated
archive of N plain-text sources is ingested and built (pages and Pagefind index) in a temporary
folder, next to a bare Astro + Pagefind site over the same entries, and the built site is searched
in headless Chromium. One section per N; a run at the same N replaces its section. Figures, not
pass/fail: ✓ / ✗ mark the targets of issues 7 and 23 (each says the size it is set for).
docs/contributing.md, "Benchmarks", says how each figure is measured.
`;

const begin = (articles: number) => `<!-- bench:articles=${articles} -->`;
const end = (articles: number) => `<!-- /bench:articles=${articles} -->`;

/**
 * Puts `section` into BENCHMARKS.md as the section for `articles`,
 * replacing the one from an earlier run at that size, with sections in
 * order of size; anything else in the file is kept. The file is written
 * formatted as Prettier would (see format-markdown.ts).
 */
export async function writeBenchmarkSection(file: string, articles: number, section: string): Promise<void> {
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const block = `${begin(articles)}\n${section.trim()}\n${end(articles)}\n`;
  const from = text.indexOf(begin(articles));
  const to = text.indexOf(end(articles));
  if (from !== -1 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + end(articles).length + 1);
  } else {
    const later = [...text.matchAll(/<!-- bench:articles=(\d+) -->/g)].find((m) => Number(m[1]) > articles);
    text =
      later?.index === undefined
        ? `${text.trimEnd()}\n\n${block}`
        : `${text.slice(0, later.index)}${block}\n${text.slice(later.index)}`;
  }
  writeFileSync(file, await formatMarkdown(text, file));
}
