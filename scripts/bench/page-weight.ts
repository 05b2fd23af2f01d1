import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isStoryPageFile } from '../../src/entry/story-path.ts';
import { isSearchFeatureScript } from '../../tests/support/search-scripts.ts';

/**
 * What a page costs a reader, read from the built files: its HTML and the
 * stylesheets it links, each gzipped as a host would send it (zlib's
 * default level 6, one file at a time: fonts and images are not counted,
 * the site has none), and the JavaScript it would run (external scripts
 * and module preloads by file size, inline scripts by text). JSON-LD
 * blocks (`type="application/ld+json"`) are data, not code, and are not
 * counted as JavaScript.
 */
export interface PageWeight {
  readonly path: string;
  readonly htmlGzipBytes: number;
  readonly cssGzipBytes: number;
  /** HTML + CSS, gzipped. */
  readonly totalGzipBytes: number;
  readonly jsBytes: number;
  /** The part of jsBytes that is not a search feature's (see tests/support/search-scripts.ts). */
  readonly nonSearchJsBytes: number;
  /** The scripts counted in jsBytes, by URL ("inline" for inline code). */
  readonly scripts: readonly string[];
}

export interface WeightSummary {
  readonly pages: number;
  readonly medianGzipBytes: number;
  readonly maxGzipBytes: number;
  readonly maxJsBytes: number;
  readonly maxNonSearchJsBytes: number;
  readonly scripts: readonly string[];
}

/** Story pages (`YYYY/MM/DD/slug/index.html`), relative to the site folder, sorted. */
export function listStoryPages(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[]).filter(isStoryPageFile).sort();
}

/** Up to `size` items spread evenly over the list, first and last included: the same sample every run. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.round((i * (items.length - 1)) / (size - 1))]!);
}

export function measurePages(siteDir: string, pages: readonly string[]): WeightSummary {
  const gzipped = new Map<string, number>();
  const gzipFile = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(file)).length));
    return size;
  };
  const weights = pages.map((page) => measurePage(siteDir, page, gzipFile));
  const totals = weights.map((w) => w.totalGzipBytes).sort((a, b) => a - b);
  return {
    pages: weights.length,
    medianGzipBytes: totals[Math.floor((totals.length - 1) / 2)] ?? 0,
    maxGzipBytes: totals.at(-1) ?? 0,
    maxJsBytes: Math.max(0, ...weights.map((w) => w.jsBytes)),
    maxNonSearchJsBytes: Math.max(0, ...weights.map((w) => w.nonSearchJsBytes)),
    scripts: [...new Set(weights.flatMap((w) => w.scripts))],
  };
}

function measurePage(siteDir: string, page: string, gzipFile: (file: string) => number): PageWeight {
  const file = join(siteDir, page);
  const html = readFileSync(file, 'utf8');
  const local = (url: string) => join(siteDir, url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, ''));
  let cssGzipBytes = 0;
  let jsBytes = 0;
  let nonSearchJsBytes = 0;
  const scripts: string[] = [];
  const countScript = (url: string, bytes: number) => {
    jsBytes += bytes;
    if (url === 'inline' || !isSearchFeatureScript(url)) nonSearchJsBytes += bytes;
    scripts.push(url);
  };
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') cssGzipBytes += gzipFile(local(href));
    if (rel === 'modulepreload') countScript(href, readFileSync(local(href)).length);
  }
  for (const [, open = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (attribute(open, 'type') === 'application/ld+json') continue;
    const src = attribute(open, 'src');
    if (src) countScript(src, readFileSync(local(src)).length);
    else if (body.trim()) countScript('inline', Buffer.byteLength(body));
  }
  const htmlGzipBytes = gzipSync(html).length;
  return {
    path: relative(siteDir, file),
    htmlGzipBytes,
    cssGzipBytes,
    totalGzipBytes: htmlGzipBytes + cssGzipBytes,
    jsBytes,
    nonSearchJsBytes,
    scripts,
  };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
