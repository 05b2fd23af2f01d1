/**
 * schema.org JSON-LD for search engines, built from plain values. Every URL
 * passed in is already absolute (see links.ts publicUrl).
 */
import { archive } from '../entry/config.ts';
import { publishedIsoDate } from './feeds/published-date-time.ts';
import type { Story } from './story.ts';

export interface Crumb {
  readonly name: string;
  /** Absolute URL of the crumb's page. */
  readonly url: string;
}

/** BreadcrumbList: the trail from the home page down to this page, this page last. */
export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** A news outlet as schema.org names it: an Organization. */
export interface Outlet {
  readonly name: string;
  /** Absolute URL of the outlet's site, when known. */
  readonly url?: string | undefined;
}

/** What a NewsArticle block says about a story. */
export interface NewsArticleFacts {
  readonly headline: string;
  /** The dek, when there is one. */
  readonly description?: string | undefined;
  /** ISO 8601, as precisely as the date is known: "2021", "2021-03" or an RFC 3339 date-time (feeds/published-date-time.ts); absent for an undated story. */
  readonly datePublished?: string | undefined;
  /** Bylined people, in byline order. */
  readonly authors?: readonly string[] | undefined;
  /** The outlet that first ran the story, when known. */
  readonly publisher?: Outlet | undefined;
  /** Absolute URL of the story's page in this archive. */
  readonly url: string;
  /** Where the story was first published, when known. */
  readonly isBasedOn?: string | undefined;
  /** BCP 47 language tag. */
  readonly inLanguage: string;
}

/**
 * NewsArticle: the story as the page's main entity. Authors, publisher,
 * description and the original URL appear only when the entry knows them;
 * nothing is made up to fill a field. There is no `image` (an entry carries
 * none) and no `dateModified` (an entry records when the story was
 * published, never that it was changed since).
 */
export function newsArticle(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    ...(facts.description !== undefined ? { description: facts.description } : {}),
    ...(facts.datePublished !== undefined ? { datePublished: facts.datePublished } : {}),
    ...(facts.authors && facts.authors.length > 0
      ? { author: facts.authors.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    ...(facts.publisher !== undefined ? { publisher: organization(facts.publisher) } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    ...(facts.isBasedOn !== undefined ? { isBasedOn: facts.isBasedOn } : {}),
    inLanguage: facts.inLanguage,
  };
}

function organization(outlet: Outlet): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: outlet.name,
    ...(outlet.url !== undefined ? { url: outlet.url } : {}),
  };
}

/**
 * The outlet that first ran a story: its name from the entry's
 * `publication`, and its site from the origin of the entry's original `url`
 * (the address the story was first published at). None without a name: an
 * address alone does not say who the publisher is.
 */
function storyOutlet(publication: string | undefined, originalUrl: string | undefined): Outlet | undefined {
  if (publication === undefined) return undefined;
  return { name: publication, ...(originalUrl !== undefined ? { url: new URL('/', originalUrl).href } : {}) };
}

/**
 * The JSON-LD blocks of a story's page, for BaseLayout's `structuredData`:
 * `storyStructuredData(story, publicUrl)`. `publicUrlOf` turns a site path
 * into its absolute URL on this deployment (links.ts publicUrl).
 */
export function storyStructuredData(
  story: Story,
  publicUrlOf: (path: string) => string,
  timeZone: string = archive.timeZone,
): Record<string, unknown>[] {
  const { data } = story;
  return [
    newsArticle({
      headline: data.headline,
      description: data.dek,
      datePublished: story.published && publishedIsoDate(story.published, timeZone),
      authors: data.authors,
      publisher: storyOutlet(data.publication, data.url),
      url: publicUrlOf(story.path),
      isBasedOn: data.url,
      inLanguage: archive.lang,
    }),
  ];
}
