import type { Root } from 'mdast';
import type { Article } from '../schemas/article.ts';
import type { Provenance } from '../schemas/provenance.ts';
import { decodeSource } from './decode.ts';
import { sha256Hex, HASH_PLACEHOLDER } from './entry-hash.ts';
import { inferDate } from './infer-date.ts';
import { makeSlug } from './make-slug.ts';
import { OVERRIDES_FILE } from './overrides.ts';
import type { Override } from './overrides-schema.ts';
import { type ArticleParts, readArticle } from './read-article.ts';
import { deriveHeadline } from './text/headline.ts';
import { toMdast } from './to-mdast.ts';

/** A reason a source cannot become an entry: the field at fault and what to do. */
export interface Problem {
  readonly field: string;
  readonly reason: string;
}

export type BuildResult =
  | { readonly ok: true; readonly data: Article; readonly body: Root; readonly dropped: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface SourceInput {
  /** File name in content/sources/. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly override?: Override;
}

type Decided<T> = { value: T; provenance: Provenance };

/**
 * One source → the entry's front matter and body, or the problems that stop
 * it. Pure: no file system. The slug is the headline's; the caller makes it
 * unique and seals the hash (`ingest.entrySha256` is the placeholder here).
 */
export function buildEntry({ name, bytes, override }: SourceInput): BuildResult {
  let text: string;
  try {
    text = decodeSource(bytes);
  } catch (error) {
    return refuse('(file)', (error as Error).message);
  }
  if (text.trim() === '') return refuse('(file)', 'the file is empty; delete it or replace it with the article text');

  const parts = readArticle(text);
  const editor = <T>(value: T | undefined): Decided<T> | undefined =>
    value === undefined || !override
      ? undefined
      : { value, provenance: { method: 'editor', evidence: override.reason } };

  const headline = editor(override?.headline) ?? decideHeadline(parts);
  if (!headline) {
    return refuse(
      'headline',
      'the source has no headline line and no first paragraph to derive one from; check that it holds the article text',
    );
  }
  const published = editor(override?.date) ?? decidePublished(parts);
  if ('problem' in published) return refuse('published', published.problem(name));

  const dek =
    editor(override?.dek) ?? (parts.dek ? { value: parts.dek, provenance: { method: 'source' as const } } : undefined);
  const authors =
    editor(override?.authors) ??
    (parts.byline
      ? { value: [...parts.byline.authors], provenance: { method: 'source' as const, evidence: parts.byline.line } }
      : undefined);
  const publication = editor(override?.publication);
  const topics = editor(override?.topics);
  const people = editor(override?.people);
  const slug = makeSlug(headline.value);
  if (slug === '')
    return refuse(
      'slug',
      `the headline "${headline.value}" has no letters or digits to make a URL from; set headline in ${OVERRIDES_FILE}`,
    );

  const optional = { dek, authors, publication, topics, people };
  const data: Article = {
    headline: headline.value,
    ...Object.fromEntries(
      Object.entries(optional)
        .filter(([, d]) => d)
        .map(([k, d]) => [k, d!.value]),
    ),
    published: published.value,
    slug,
    source: { path: `content/sources/${name}`, sha256: sha256Hex(bytes) },
    provenance: {
      headline: headline.provenance,
      published: published.provenance,
      ...Object.fromEntries(
        Object.entries(optional)
          .filter(([, d]) => d)
          .map(([k, d]) => [k, d!.provenance]),
      ),
    },
    ingest: { entrySha256: HASH_PLACEHOLDER },
  };
  return { ok: true, data, body: toMdast(parts.body), dropped: parts.dropped.length };
}

function decideHeadline(parts: ArticleParts): Decided<string> | undefined {
  if (parts.headline) {
    return { value: parts.headline, provenance: { method: 'source', evidence: "the source's first line" } };
  }
  const derived = parts.lede ? deriveHeadline(parts.lede) : undefined;
  return derived ? { value: derived.text, provenance: { method: 'derived', evidence: derived.rule } } : undefined;
}

function decidePublished(parts: ArticleParts): Decided<string> | { problem: (name: string) => string } {
  const line = parts.dateLine;
  if (line && !line.problem) {
    return { value: line.date, provenance: { method: 'source', evidence: `the source's "${line.line}" line` } };
  }
  if (line?.problem) {
    return {
      problem: (name) =>
        `the source's "${line.line}" line is not a possible date (${line.problem}); ` +
        `the source is kept as received, so give the right date in ${OVERRIDES_FILE}:\n${overrideExample(name)}`,
    };
  }
  const inferred = inferDate(parts.datingText);
  if (inferred) return { value: inferred.published, provenance: { method: 'inferred', evidence: inferred.evidence } };
  return {
    problem: (name) =>
      'the source has no date line and states no date that can be checked ' +
      '(a month and day without a year, or a year in a photo caption, is not evidence), so no date is made up; ' +
      `if an editor can date it, add to ${OVERRIDES_FILE}:\n${overrideExample(name)}`,
  };
}

function overrideExample(name: string): string {
  const key = /^[\w.-]+$/.test(name) ? name : JSON.stringify(name);
  return `${key}:\n  date: "YYYY-MM-DD"  # or "YYYY-MM", or "YYYY" when only the year is known\n  reason: "What the date rests on, so a reader can check it."`;
}

function refuse(field: string, reason: string): BuildResult {
  return { ok: false, problems: [{ field, reason }] };
}
