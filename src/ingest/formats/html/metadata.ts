import { isWebUrl } from '../body-contract.ts';
import type { ReceivedArticle, Stated } from '../../reading/received.ts';
import { textOfElement } from './dom-facts.ts';
import { readJsonLd, type JsonLdArticle } from './json-ld.ts';
import { metaEvidence, MetaTags, type MetaTag } from './meta-tags.ts';
import { findByline } from './byline-element.ts';
import { findDate } from './date-element.ts';
import { readPageDate } from './page-date.ts';
import { findHeadlineElement } from './headline-element.ts';
import type { Found } from './page-elements.ts';
import { findDek } from './standfirst-element.ts';
import { fromTitle, withoutSiteSuffix } from './page-title.ts';
import { collapse } from './text.ts';

/** What the page states about its article, each value as written with where it was found. */
export interface PageMetadata extends Pick<
  ReceivedArticle,
  'headline' | 'dek' | 'date' | 'authors' | 'publication' | 'topics' | 'url'
> {
  /** Elements showing the headline, byline, date and standfirst, to keep them out of the body. */
  readonly frontElements: readonly Element[];
  /** Dates the page states that were passed over (placeholders, impossible dates), and why. */
  readonly dateNotes: readonly string[];
  /** Days the page states that are not its date (see page-date.ts): Readability's publishedTime may not bring them back. */
  readonly staleDays: readonly string[];
}

export interface MetadataOptions {
  /** When the page was saved, when it says (an archive capture): no date can follow it. */
  readonly savedAt?: Date;
}

const HEADLINE_META = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'citation_title'];
const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'byl',
];
const PUBLICATION_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];
const URL_META = ['og:url', 'twitter:url', 'parsely-link'];
const TOPIC_META = ['article:tag', 'news_keywords'];

/**
 * Reads the article's metadata with this precedence, field by field: the
 * JSON-LD article > OpenGraph and `article:*` metas > other meta tags > the
 * page's own elements (h1, byline, `<time>`, standfirst) > `<title>`.
 * Call it before anything changes the page.
 */
export function readPageMetadata(document: Document, options: MetadataOptions = {}): PageMetadata {
  const jsonLd = readJsonLd(document);
  const meta = new MetaTags(document);
  const decode = entityDecoder(document);
  const fromJsonLd = (value: string | undefined, key: string | undefined) =>
    value && key ? { value: decode(value), evidence: `the page's JSON-LD "${key}"` } : undefined;

  const publication = fromJsonLd(jsonLd?.publisher, 'publisher.name') ?? fromMeta(meta.first(PUBLICATION_META));

  const statedHeadline = fromJsonLd(jsonLd?.headline, jsonLd?.headlineKey) ?? fromMeta(meta.first(HEADLINE_META));
  const headlineElement = findHeadlineElement(document, statedHeadline?.value);
  const headline =
    statedHeadline ?? fromElement(headlineElement, `the page's <h1>`) ?? fromTitle(document, publication?.value);

  const byline = findByline(document, headlineElement);
  const authors =
    (jsonLd && jsonLd.authors.length > 0
      ? { value: jsonLd.authors.map(decode), evidence: `the page's JSON-LD "author"` }
      : undefined) ??
    fromMetaList(meta.all(AUTHOR_META, (content) => !looksLikeUrl(content))) ??
    stated(byline);

  const timeElement = findDate(document, headlineElement);
  const url = readUrl(document, jsonLd, meta);
  const pageDate = readPageDate(document, {
    jsonLd,
    meta,
    headline: headlineElement,
    ...(headline ? { headlineText: headline.value } : {}),
    url: url?.value,
    ...(options.savedAt ? { savedAt: options.savedAt } : {}),
  });
  const date = pageDate.date;

  const statedDeks = [
    ...(jsonLd?.alternativeHeadline ? [decode(jsonLd.alternativeHeadline)] : []),
    ...meta.all(['description']).map((tag) => tag.content),
    ...meta.all(['og:description']).map((tag) => tag.content),
  ];
  const dekElement = findDek(document, headlineElement, statedDeks);
  const dek = fromJsonLd(jsonLd?.alternativeHeadline, 'alternativeHeadline') ?? stated(dekElement);

  return {
    ...optional('headline', headline && withoutSiteSuffix(headline, publication?.value)),
    ...optional('dek', dek),
    ...optional('date', date),
    ...optional('authors', authors),
    ...optional('publication', publication),
    ...optional('topics', readTopics(jsonLd, meta, decode)),
    ...optional('url', url),
    frontElements: [
      ...(headlineElement ? [headlineElement] : []),
      ...(byline?.elements ?? []),
      ...(timeElement?.elements ?? []),
      ...(dekElement?.elements ?? []),
    ],
    dateNotes: pageDate.notes,
    staleDays: pageDate.staleDays ?? [],
  };
}

/** The article's URL: `<link rel="canonical">` > og:url > JSON-LD url; http(s) only, relative ones resolved. */
function readUrl(document: Document, jsonLd: JsonLdArticle | undefined, meta: MetaTags): Stated<string> | undefined {
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim();
  const ogUrl = meta.first(URL_META);
  const candidates: Stated<string | undefined>[] = [
    { value: canonical, evidence: `the page's <link rel="canonical">` },
    { value: ogUrl?.content, evidence: ogUrl ? metaEvidence(ogUrl) : '' },
    { value: jsonLd?.url, evidence: `the page's JSON-LD "${jsonLd?.urlKey}"` },
  ];
  const absolute = candidates.map((candidate) => candidate.value).find((value) => value && isWebUrl(value));
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? absolute;
  for (const { value, evidence } of candidates) {
    if (!value) continue;
    const url = resolve(value, base);
    if (url) return { value: url, evidence };
  }
  return undefined;
}

function resolve(value: string, base: string | undefined): string | undefined {
  try {
    const url = base && isWebUrl(base) ? new URL(value, base) : new URL(value);
    return isWebUrl(url.href) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readTopics(
  jsonLd: JsonLdArticle | undefined,
  meta: MetaTags,
  decode: (text: string) => string,
): Stated<readonly string[]> | undefined {
  if (jsonLd && jsonLd.keywords.length > 0) {
    return { value: jsonLd.keywords.map(decode), evidence: `the page's JSON-LD "keywords"` };
  }
  const tags = meta.all(TOPIC_META);
  if (tags.length === 0) return undefined;
  const values =
    tags[0]?.key === 'news_keywords' ? tags.flatMap((tag) => tag.content.split(',')) : tags.map((tag) => tag.content);
  const topics = values.map((value) => value.trim()).filter(Boolean);
  return topics.length > 0 && tags[0] ? { value: topics, evidence: metaEvidence(tags[0]) } : undefined;
}

function fromMeta(tag: MetaTag | undefined): Stated<string> | undefined {
  return tag ? { value: collapse(tag.content), evidence: metaEvidence(tag) } : undefined;
}

function fromMetaList(tags: readonly MetaTag[]): Stated<readonly string[]> | undefined {
  const [first] = tags;
  return first ? { value: tags.map((tag) => collapse(tag.content)), evidence: metaEvidence(first) } : undefined;
}

function fromElement(element: Element | undefined, evidence: string): Stated<string> | undefined {
  const text = element ? textOfElement(element) : '';
  return text === '' ? undefined : { value: text, evidence };
}

function stated<T>(found: Found<T> | undefined): Stated<T> | undefined {
  return found ? { value: found.value, evidence: found.evidence } : undefined;
}

function looksLikeUrl(text: string): boolean {
  return /^(?:https?:\/\/|www\.|\/)/i.test(text.trim());
}

/** JSON-LD strings sometimes hold HTML entities (`&amp;`, `&#8217;`); they mean the characters. */
function entityDecoder(document: Document): (text: string) => string {
  return (text) => {
    if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text)) return text;
    const element = document.createElement('div');
    element.innerHTML = text;
    return element.textContent ?? text;
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
