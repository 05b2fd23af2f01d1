/**
 * Pagefind's own browser API over every shard of a built site's index (the
 * first shard's, with the others merged in), for tests that check what the
 * index holds rather than what the search page shows. Each call opens the
 * site's 404 page, which loads no search of its own: Pagefind's module is one
 * per page, and the search page has already merged the shards into it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SEARCH_SHARDS_FILE } from '../../src/lib/search-shards.ts';

type Counts = Record<string, Record<string, number>>;

/** A search result as Pagefind gives it: the page, its title and its excerpt as text (marks and escapes undone). */
export interface FoundPage {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
}

interface Ask {
  /** Every filter value's count (Pagefind adds them up across shards), the number of results of a search, or the results. */
  readonly what: 'filters' | 'count' | 'results';
  readonly term?: string | null;
  readonly options?: Record<string, unknown>;
}

async function askEveryShard(page: Page, dist: string, ask: Ask): Promise<Counts | number | FoundPage[]> {
  const shards = JSON.parse(readFileSync(join(dist, SEARCH_SHARDS_FILE), 'utf8')) as { id: string }[];
  if (shards.length === 0) throw new Error(`${dist} has no search shards`);
  await page.goto('/404.html');
  return page.evaluate(
    async ({ shards, what, term, options }) => {
      const base = `${location.origin}/pagefind/`;
      const pagefind = await import(/* @vite-ignore */ `${base}${shards[0]!.id}/pagefind.js`);
      await pagefind.options({ basePath: `${base}${shards[0]!.id}/` });
      for (const shard of shards.slice(1)) await pagefind.mergeIndex(`${base}${shard.id}/`);
      if (what === 'count') return (await pagefind.search(term ?? null, options ?? {})).results.length;
      if (what === 'results') {
        const { results } = await pagefind.search(term ?? null, options ?? {});
        const asText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
        return Promise.all(
          results.map(
            async (result: { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }) => {
              const { url, meta, excerpt } = await result.data();
              return { url, title: meta.title ?? '', excerpt: asText(excerpt) };
            },
          ),
        );
      }
      return (await pagefind.filters()) as Record<string, Record<string, number>>;
    },
    { ...ask, shards },
  );
}

/** Every filter value with its count, over every shard. */
export async function filterCountsOverShards(page: Page, dist: string): Promise<Counts> {
  return (await askEveryShard(page, dist, { what: 'filters' })) as Counts;
}

/** How many stories a search finds, over every shard. */
export async function resultCountOverShards(
  page: Page,
  dist: string,
  term: string | null,
  options: Record<string, unknown> = {},
): Promise<number> {
  return (await askEveryShard(page, dist, { what: 'count', term, options })) as number;
}

/** Every page a search finds, over every shard, with its title and excerpt. */
export async function resultsOverShards(
  page: Page,
  dist: string,
  term: string,
  options: Record<string, unknown> = {},
): Promise<FoundPage[]> {
  return (await askEveryShard(page, dist, { what: 'results', term, options })) as FoundPage[];
}
