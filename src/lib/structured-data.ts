/**
 * schema.org JSON-LD for search engines, built from plain values. Every URL
 * passed in is already absolute (see links.ts publicUrl).
 */
import { archive } from '../config.ts';
import { publishedDateTime } from './feeds/published-date-time.ts';
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

/** What a NewsArticle block says about a story. */
export interface NewsArticleFacts {
  readonly headline: string;
  /** The dek, when there is one. */
  readonly description?: string | undefined;
  /** RFC 3339 date-time (see feeds/published-date-time.ts for reduced-precision dates); absent for an undated story. */
  readonly datePublished?: string | undefined;
  /** Bylined people, in byline order. */
  readonly authors?: readonly string[] | undefined;
  /** The publication that ran the story, when known. */
  readonly publisher?: string | undefined;
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
 * nothing is made up to fill a field.
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
    ...(facts.publisher !== undefined ? { publisher: { '@type': 'Organization', name: facts.publisher } } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    ...(facts.isBasedOn !== undefined ? { isBasedOn: facts.isBasedOn } : {}),
    inLanguage: facts.inLanguage,
  };
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
      datePublished: story.published && publishedDateTime(story.published, timeZone),
      authors: data.authors,
      publisher: data.publication,
      url: publicUrlOf(story.path),
      isBasedOn: data.url,
      inLanguage: archive.lang,
    }),
  ];
}
