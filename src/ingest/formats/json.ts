import { DomUtils, parseDocument } from 'htmlparser2';
import type { Root } from 'mdast';
import { isWebUrl } from './body-contract.ts';
import { type NamedPart, nameParts } from './part-names.ts';
import type { FormatReader, ReadOutcome, ReceivedArticle, Stated } from '../reading/received.ts';
import { readStated } from '../reading/dates/stated-date.ts';
import { htmlFragmentToBody } from './html/fragment-to-body.ts';
import { collapseWhitespace, datingTextOf, paragraphsBody, plainParagraphs } from './plain-paragraphs.ts';

/**
 * The names an article's fields go by in JSON exports, feeds, JSON-LD and
 * YAML front matter, most specific first. Names are compared without case,
 * `_` or `-`, so `datePublished`, `date_published` and `DatePublished` are
 * one name.
 */
export const FIELD_NAMES = {
  headline: ['headline', 'title', 'hed', 'webTitle'],
  dek: [
    'dek',
    'deck',
    'subtitle',
    'subheadline',
    'subhead',
    'standfirst',
    'description',
    'summary',
    'abstract',
    'excerpt',
    'trailText',
  ],
  date: [
    'datePublished',
    'publishedAt',
    'published',
    'publishedDate',
    'publicationDate',
    'publishDate',
    'pubDate',
    'firstPublished',
    'webPublicationDate',
    'date',
    'dateCreated',
    'createdAt',
    'created',
  ],
  authors: ['authors', 'author', 'byline', 'bylines', 'creator', 'creators', 'writer', 'writers', 'by'],
  publication: ['publication', 'publisher', 'source', 'siteName', 'site', 'outlet', 'newspaper', 'provider'],
  url: ['url', 'canonical', 'canonicalUrl', 'permalink', 'link', 'webUrl'],
  topics: ['tags', 'topics', 'keywords', 'categories', 'subjects', 'subject'],
  body: [
    'articleBody',
    'body',
    'bodyHtml',
    'contentHtml',
    'content',
    'contentText',
    'html',
    'text',
    'story',
    'fullText',
  ],
  id: ['id', 'guid', '_id', 'uuid'],
} as const satisfies Record<string, readonly string[]>;

export type FieldName = keyof typeof FIELD_NAMES;

/** Keys of an object that wraps a list of articles, in a feed or API response. */
const WRAPPERS = ['articles', 'items', 'data', 'entries', 'posts', 'stories', 'results', 'docs', 'response', '@graph'];
/** Where some APIs put an item's fields (JSON:API `attributes`, the Guardian's `fields`). */
const NESTED_FIELDS = ['attributes', 'fields'];
/** Keys that hold the text of a value given as an object (WordPress `{ "rendered": … }`, a person's `name`). */
const TEXT_KEYS = ['rendered', 'name', 'value', 'text', 'displayName', 'fullName', 'title', 'label', 'term', '@value'];

type JsonObject = Record<string, unknown>;

/** The fields a JSON object or a front matter states, as written (the date read), each with where it was found. */
export type StatedFields = Pick<
  ReceivedArticle,
  'headline' | 'dek' | 'date' | 'authors' | 'publication' | 'topics' | 'url'
>;

/**
 * JSON: one article object, an array of them, or a wrapper holding one
 * (`{ "articles": […] }`, `{ "items": […] }`, `{ "data": […] }`, JSON-LD's
 * `@graph`). Body strings holding HTML go through the HTML fragment
 * converter; plain ones are split into paragraphs.
 */
export const readJson: FormatReader = (text) => {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const records = articleRecords(parsed.value);
  if (records.length === 0) {
    return {
      ok: false,
      problem: {
        field: 'body',
        reason:
          'holds no article: no JSON object with a title, headline or body field, nor an "articles", "items" or "data" list of them',
      },
    };
  }
  const parts = partNames(records);
  return { ok: true, articles: records.map(({ record }, index) => readRecord(record, parts[index])) };
};

function parseJson(text: string): { ok: true; value: unknown } | Extract<ReadOutcome, { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, errorPosition(text, message));
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, .*is not valid JSON$/s, '')
      .replace(/ after JSON at position \d+.*$/, ' after the JSON value');
    return {
      ok: false,
      problem: { field: '(file)', reason: `is not valid JSON: line ${line}, column ${column}: ${reason}` },
    };
  }
}

/** Where the parser stopped: the position it states, else the unexpected token's first place outside a string. */
function errorPosition(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message)?.[1];
  if (stated) return Number(stated);
  if (/end of JSON input/.test(message)) return text.length;
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  if (!token) return 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString && char === '\\') index += 1;
    else if (char === '"') inString = !inString;
    else if (!inString && char === token) return index;
  }
  return 0;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

interface FoundRecord {
  readonly record: JsonObject;
  /** 1-based place in the list the record came from. */
  readonly position: number;
}

/**
 * The article objects in a parsed JSON value. An object with a body is an
 * article; otherwise a list it wraps comes first (a JSON Feed has a "title"
 * of its own beside its "items").
 */
function articleRecords(value: unknown): FoundRecord[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => (isObject(item) ? [{ record: item, position: index + 1 }] : []));
  }
  if (!isObject(value)) return [];
  if (field(value, 'body')) return [{ record: value, position: 1 }];
  for (const key of WRAPPERS) {
    const inner = lookUp(value, [key])?.value;
    const found = inner === undefined ? [] : articleRecords(inner);
    // A JSON-LD graph mixes the article with the page, the site and its publisher.
    const articles = key === '@graph' ? found.filter(({ record }) => isArticleLike(record)) : found;
    if (articles.length > 0) return articles;
  }
  return isArticleLike(value) ? [{ record: value, position: 1 }] : [];
}

function isArticleLike(record: JsonObject): boolean {
  return field(record, 'headline') !== undefined || field(record, 'body') !== undefined;
}

function partNames(records: readonly FoundRecord[]): (NamedPart | undefined)[] {
  return nameParts(
    records.map(({ record }) => {
      const id = field(record, 'id')?.value;
      return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    }),
  );
}

function readRecord(record: JsonObject, named: NamedPart | undefined): ReceivedArticle {
  const { fields, notes: fieldNotes } = readStatedFields(record, (key) => `the JSON "${key}" field`);
  const { root, notes } = readBody(record, fields.url?.value);
  return {
    ...(named === undefined ? {} : { part: named.part }),
    ...fields,
    body: root,
    datingText: datingTextOf(root),
    notes: [...(named?.note ? [named.note] : []), ...fieldNotes, ...notes],
  };
}

/**
 * An article's fields from a JSON object or a YAML front matter, as
 * written (the date read where it is found): strings trimmed, HTML in them (WordPress's `title.rendered`)
 * reduced to its text, names taken from `{ "name": … }` objects, lists from
 * arrays or comma-separated strings. `where(key)` words the evidence.
 */
export function readStatedFields(
  record: JsonObject,
  where: (key: string) => string,
): { readonly fields: StatedFields; readonly notes: readonly string[] } {
  const notes: string[] = [];
  const single = (name: FieldName): Stated<string> | undefined => {
    const found = field(record, name);
    const value = found && textOf(found.value);
    return found && value ? { value, evidence: where(found.key) } : undefined;
  };
  const list = (name: FieldName, split: boolean): Stated<readonly string[]> | undefined => {
    const found = field(record, name);
    const values = found ? textsOf(found.value, split) : [];
    return found && values.length > 0 ? { value: values, evidence: where(found.key) } : undefined;
  };
  const url = single('url');
  if (url && !isWebUrl(url.value)) notes.push(`ignored ${url.evidence} "${url.value}": not an http(s) URL`);
  const fields: { -readonly [K in keyof StatedFields]: StatedFields[K] } = {};
  const put = <K extends keyof StatedFields>(key: K, value: StatedFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  put('headline', single('headline'));
  put('dek', single('dek'));
  const date = single('date');
  put('date', date && readStated(date));
  put('authors', list('authors', false));
  put('publication', single('publication'));
  put('topics', list('topics', true));
  put('url', url && isWebUrl(url.value) ? url : undefined);
  return { fields, notes };
}

/** The first of a field's names the record has with a value, looked for in the record, then in its nested fields. */
function field(record: JsonObject, name: FieldName): { key: string; value: unknown } | undefined {
  const names = FIELD_NAMES[name];
  const own = lookUp(record, names);
  if (own) return own;
  for (const nested of NESTED_FIELDS) {
    const inner = lookUp(record, [nested])?.value;
    if (isObject(inner)) {
      const found = lookUp(inner, names);
      if (found) return { key: `${nested}.${found.key}`, value: found.value };
    }
  }
  return undefined;
}

function lookUp(record: JsonObject, names: readonly string[]): { key: string; value: unknown } | undefined {
  const keys = new Map(Object.keys(record).map((key) => [comparable(key), key]));
  for (const name of names) {
    const key = keys.get(comparable(name));
    if (key === undefined) continue;
    const value = record[key];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    return { key, value };
  }
  return undefined;
}

const comparable = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/** A value's text: a string or number as written, or the text an object holds under a text key. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return htmlToText(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isObject(value)) {
    const inner = lookUp(value, TEXT_KEYS);
    return inner ? textOf(inner.value) : undefined;
  }
  return undefined;
}

/** A list's texts; `split` reads a single string as a comma-separated list (JSON-LD "keywords"). */
function textsOf(value: unknown, split: boolean): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, false));
  if (typeof value === 'string' && split) return value.split(/[,;]/).flatMap((item) => textsOf(item, false));
  const text = textOf(value);
  return text ? [text] : [];
}

/** The body: HTML through the fragment converter, plain text split into paragraphs, a list of either. */
function readBody(record: JsonObject, baseUrl: string | undefined): { root: Root; notes: readonly string[] } {
  const found = field(record, 'body');
  if (!found) return { root: { type: 'root', children: [] }, notes: [] };
  const pieces = bodyPieces(found.value);
  const html = /html/i.test(found.key) || pieces.some(looksLikeHtml);
  if (html) {
    const markup = pieces
      .map((piece) =>
        looksLikeHtml(piece)
          ? piece
          : plainParagraphs(piece)
              .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
              .join(''),
      )
      .join('\n');
    const { body, notes } = htmlFragmentToBody(markup, baseUrl);
    return { root: body, notes };
  }
  return paragraphsBody(pieces.flatMap(plainParagraphs));
}

/** A body value's strings: the string, an array's items (strings or objects holding text), an object's text. */
function bodyPieces(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(bodyPieces);
  if (isObject(value)) {
    const inner = lookUp(value, ['rendered', 'html', 'text', 'content', 'value', 'body']);
    return inner ? bodyPieces(inner.value) : [];
  }
  return [];
}

/** Markup of the elements an article body is written in. */
const HTML_TAG =
  /<\/?(?:p|br|div|span|a|em|strong|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|table|section|article)\b[^>]*>/i;

function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** A field's text when it holds HTML or entities (WordPress's "rendered" values); otherwise the string trimmed. */
function htmlToText(text: string): string {
  const hasMarkup = looksLikeHtml(text) || /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text);
  return collapseWhitespace(hasMarkup ? DomUtils.textContent(parseDocument(text).children) : text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
