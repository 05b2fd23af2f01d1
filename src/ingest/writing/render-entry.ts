import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { Article } from '../../entry/article.ts';
import { sealEntry } from './entry-hash.ts';

/**
 * The serialiser knows GFM and directives, as the site's parser does, so
 * text that would mean something to either (autolink literals, `:name`) is
 * escaped and the written body parses back to the same tree.
 */
const markdown = unified()
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

/** Front-matter keys in the order a reader expects them. */
const KEY_ORDER: readonly (keyof Article)[] = [
  'headline',
  'dek',
  'published',
  'publishedBound',
  'authors',
  'publication',
  'url',
  'slug',
  'topics',
  'people',
  'source',
  'provenance',
  'ingest',
];

/**
 * The entry file: YAML front matter between `---` lines, a blank line, the
 * body, one final newline. Every string in the front matter is
 * double-quoted, so no value can be read back as a date, a number or a
 * boolean. `ingest.entrySha256` is filled in last (see entry-hash.ts).
 */
export function renderEntry(data: Article, body: Root): string {
  return renderEntryWithBody(data, markdown.stringify(body));
}

/**
 * The entry file for front matter and a body already in Markdown: how a
 * date is written into an undated entry keeping its body as it is.
 */
export function renderEntryWithBody(data: Article, markdownBody: string): string {
  const ordered = Object.fromEntries(KEY_ORDER.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
  const yaml = stringify(ordered, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return sealEntry(`---\n${yaml}---\n\n${markdownBody.trimEnd()}\n`);
}
