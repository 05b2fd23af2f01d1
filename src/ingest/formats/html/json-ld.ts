/**
 * The article a page describes in its JSON-LD (schema.org), read as the page
 * wrote it. Tolerates what pages get wrong: HTML comments or CDATA around the
 * JSON, trailing commas, raw line breaks inside strings, several scripts,
 * `@graph` arrays and references by `@id`.
 */

type JsonObject = { readonly [key: string]: unknown };

/** schema.org types that are an article (the `@type`, or one of them). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
]);

export interface JsonLdArticle {
  readonly headline?: string;
  /** Which property the headline came from ("headline" or "name"). */
  readonly headlineKey?: string;
  readonly alternativeHeadline?: string;
  readonly date?: string;
  readonly dateKey?: string;
  /**
   * Every publication date the JSON-LD states, best first: the article's
   * datePublished and dateCreated, then another node's datePublished (the
   * WebPage's), for when the first is a placeholder.
   */
  readonly dates: readonly { readonly key: string; readonly value: string }[];
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly url?: string;
  readonly urlKey?: string;
  readonly keywords: readonly string[];
}

/** The page's JSON-LD article, or undefined when it has none (or none that parses). */
export function readJsonLd(document: Document): JsonLdArticle | undefined {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    collectNodes(parseLenient(script.textContent ?? ''), nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const articles = nodes.filter(isArticle);
  const article = articles.find((node) => typeof node.headline === 'string') ?? articles[0];
  return article
    ? { ...describe(article, (value) => dereference(value, byId)), dates: datesOf(article, nodes) }
    : undefined;
}

/** The publication dates of the page's JSON-LD when it describes no article (a WebPage's datePublished). */
export function readJsonLdDates(document: Document): { readonly key: string; readonly value: string }[] {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    collectNodes(parseLenient(script.textContent ?? ''), nodes);
  }
  return datesOf(undefined, nodes);
}

const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'MediaObject', 'VideoObject', 'Event', 'Blog']);

function datesOf(article: JsonObject | undefined, nodes: readonly JsonObject[]): { key: string; value: string }[] {
  const dates: { key: string; value: string }[] = [];
  for (const key of ['datePublished', 'dateCreated']) {
    const value = article && text(article[key]);
    if (value) dates.push({ key, value });
  }
  for (const node of nodes) {
    if (node === article || isArticle(node)) continue;
    const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
    if (!types.some((type) => typeof type === 'string' && PAGE_TYPES.has(type.replace(/^.*[/:#]/, '')))) continue;
    const value = text(node.datePublished);
    if (value) dates.push({ key: `${types.join(',')} datePublished`, value });
  }
  return dates;
}

function parseLenient(text: string): unknown {
  const unwrapped = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(unwrapped);
  } catch {
    const cleaned = unwrapped
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(cleaned);
    } catch (error) {
      // One JSON value and then stray text, such as an extra closing brace: the value is what the page meant.
      const at = /after JSON at position (\d+)/.exec(String(error))?.[1];
      if (at === undefined) return undefined;
      try {
        return JSON.parse(cleaned.slice(0, Number(at)));
      } catch {
        return undefined;
      }
    }
  }
}

/** Every object in the value, top-level, in arrays, in `@graph` and as `mainEntity`. */
function collectNodes(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  if (value['@graph'] !== undefined) collectNodes(value['@graph'], into);
  if (value.mainEntity !== undefined) collectNodes(value.mainEntity, into);
}

function isArticle(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^.*[/:#]/, '')));
}

function describe(article: JsonObject, resolve: (value: unknown) => unknown): Omit<JsonLdArticle, 'dates'> {
  const headlineKey = firstKeyWithText(article, ['headline', 'name']);
  const dateKey = firstKeyWithText(article, ['datePublished', 'dateCreated']);
  const url = urlOf(article, resolve);
  return {
    ...(headlineKey ? { headline: text(article[headlineKey]), headlineKey } : {}),
    ...optional('alternativeHeadline', text(article.alternativeHeadline)),
    ...(dateKey ? { date: text(article[dateKey]), dateKey } : {}),
    authors: names(article.author, resolve),
    ...optional('publisher', names(article.publisher, resolve)[0]),
    ...(url ? { url: url.value, urlKey: url.key } : {}),
    keywords: keywordsOf(article.keywords),
  };
}

function urlOf(article: JsonObject, resolve: (value: unknown) => unknown): { value: string; key: string } | undefined {
  const url = text(article.url);
  if (url) return { value: url, key: 'url' };
  const page = article.mainEntityOfPage;
  const pageUrl = text(page) ?? (isObject(page) ? (text(page['@id']) ?? text(page.url)) : undefined);
  if (pageUrl) return { value: pageUrl, key: 'mainEntityOfPage' };
  const resolved = resolve(page);
  const resolvedUrl = isObject(resolved) ? text(resolved.url) : undefined;
  return resolvedUrl ? { value: resolvedUrl, key: 'mainEntityOfPage' } : undefined;
}

/** Names of a Person / Organization value: a string, an object with a name, a reference, or an array of those. */
function names(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items
    .map((item) => {
      if (typeof item === 'string') return item.trim();
      const node = resolve(item);
      return isObject(node) ? (text(node.name) ?? '') : '';
    })
    .filter((name) => name !== '');
}

function keywordsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);
}

function dereference(value: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (!isObject(value) || typeof value['@id'] !== 'string' || text(value.name)) return value;
  return byId.get(value['@id']) ?? value;
}

function firstKeyWithText(node: JsonObject, keys: readonly string[]): string | undefined {
  return keys.find((key) => text(node[key]) !== undefined);
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
