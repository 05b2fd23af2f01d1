import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Article, articleSchema, MAX_LIST_ITEMS } from '../../entry/article.ts';
import type { Provenance } from '../../entry/provenance.ts';
import type { GivenDating } from './batch-dating.ts';
import { isWebUrl } from '../formats/body-contract.ts';
import { HASH_PLACEHOLDER } from '../writing/entry-hash.ts';
import { cleanAuthors } from './fields/authors.ts';
import { readableHeadline } from './fields/headline-case.ts';
import { findPeople, type PeopleCorrections } from './fields/people.ts';
import { normalisePublication, type PublicationTable } from './fields/publications.ts';
import { textFingerprint } from './fingerprint.ts';
import { inferDate } from './infer-date.ts';
import { withoutInvisibleFormatting } from './invisible-formatting.ts';
import { LONGEST_WORD, longestParagraph, MAX_PARAGRAPH_LENGTH, unspacedShare } from './long-paragraphs.ts';
import { CONFIG_FILE } from '../ingest-config.ts';
import { makeSlug } from './make-slug.ts';
import { OVERRIDES_FILE } from './overrides.ts';
import { type Override, type OverrideField, overrideReason } from './overrides-schema.ts';
import type { ReceivedArticle, Stated } from '../reading/received.ts';
import { deriveHeadline } from '../formats/text/headline.ts';

/** A reason a source cannot become an entry: the field at fault and what to do. */
export interface Problem {
  readonly field: string;
  readonly reason: string;
}

export type Decision =
  | { readonly ok: true; readonly data: Article; readonly body: Root; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: Problem };

export interface DecideInput {
  readonly article: ReceivedArticle;
  /** content/sources/<name>, as recorded in `source.path`. */
  readonly sourcePath: string;
  readonly sha256: string;
  /** The key of this article in content/overrides.yaml: `<name>` or `<name>#<part>`. */
  readonly overrideKey: string;
  readonly override?: Override;
  readonly publications: PublicationTable;
  readonly people: PeopleCorrections;
  /**
   * The dates the run gives this source should it state none (`--date`, a
   * `dates` rule, its file and folder names), highest precedence first; see
   * batch-dating.ts. Each wins over inference from the text.
   */
  readonly givenDates?: readonly GivenDating[];
  /**
   * What becomes of an article no date is found for: refused (the default),
   * or decided without `published` (an undated entry; the run applies
   * content/ingest.yaml's `undated` policy when it commits it).
   */
  readonly undated?: 'refuse' | 'keep';
}

type Decided<T> = { value: T; provenance: Provenance };

/**
 * One received article → the entry's front matter and body, or the problem
 * that stops it. Every field is the editor's (content/overrides.yaml) when
 * set, else the source's (normalised: readable case, names without "By" or
 * job titles, one spelling per publication), else derived or inferred from
 * the text with the evidence recorded (people are always found in the text:
 * no reader states them). Pure: no file system. The slug is the
 * headline's; the caller makes it unique and seals the hash.
 */
export function decideEntry(input: DecideInput): Decision {
  const { override } = input;
  const article = withoutInvisibleFormatting(input.article);
  const notes = [...article.notes];
  if (article.body.children.length === 0) {
    return refuse(
      'body',
      'has no body text (a headline-only brief, or nothing left once page furniture was removed); check that the source holds the article',
    );
  }
  const longest = longestParagraph(article.body);
  if (longest > MAX_PARAGRAPH_LENGTH) {
    return refuse(
      'body',
      `has a paragraph of ${longest.toLocaleString('en-US')} characters, more than the ${MAX_PARAGRAPH_LENGTH.toLocaleString('en-US')} any article's paragraph runs to (a file of one huge line is not prose); break it into paragraphs or check the source`,
    );
  }
  const unspaced = unspacedShare(article.body);
  if (unspaced !== undefined && unspaced > 0.5) {
    return refuse(
      'body',
      `is not text: ${Math.round(unspaced * 100)}% of it is in runs of more than ${LONGEST_WORD} characters without a space, as in encoded, compressed or random data (base64, a hex dump), not in prose; check that the file is the article`,
    );
  }
  const bodyText = article.body.children.map((node) => toString(node)).join('\n');
  const editor = <T>(field: OverrideField, value: T | undefined): Decided<T> | undefined =>
    value === undefined || !override
      ? undefined
      : { value, provenance: { method: 'editor', evidence: overrideReason(override, field) } };

  const headline = editor('headline', override?.headline) ?? decideHeadline(article, bodyText);
  if (!headline) {
    return refuse(
      'headline',
      `the source has no headline with a letter or digit in it, nor a first paragraph to derive one from; set headline in ${OVERRIDES_FILE}`,
    );
  }
  const published = editor('date', override?.date) ?? decidePublished(article, input.givenDates ?? []);
  if ('problem' in published) return refuse('published', `${published.problem}${overrideHint(input.overrideKey)}`);
  if ('undated' in published && input.undated !== 'keep') return refuse('published', undatedReason(input.overrideKey));
  const dated = 'undated' in published ? undefined : published;
  const bound = dated ? editor('bound', override?.bound) : undefined;

  const authors = editor('authors', override?.authors) ?? decideAuthors(article.authors, notes);
  const publication =
    editor('publication', override?.publication) ??
    (article.publication ? decidePublication(article.publication, input.publications) : undefined);
  const url = article.url && isWebUrl(article.url.value) ? fromSource(article.url) : undefined;
  if (article.url && !url) notes.push(`ignored the URL "${article.url.value}": not http(s)`);
  const optional = {
    dek: editor('dek', override?.dek) ?? (article.dek ? fromSource(article.dek) : undefined),
    authors,
    publication,
    url,
    topics: editor('topics', override?.topics) ?? (article.topics ? decideTopics(article.topics, notes) : undefined),
    people: editor('people', override?.people) ?? decidePeople(bodyText, input.people, authors?.value),
  };

  let slug = makeSlug(headline.value);
  if (slug === '') {
    slug = makeSlug(input.sourcePath.replace(/^.*\//, '').replace(/\.[^.]*$/, '')) || 'story';
    notes.push(`slug "${slug}" from the file name: the headline has no letters a URL can spell`);
  }

  const present = Object.entries(optional).flatMap(([key, decided]) =>
    decided ? [[key, decided] as [string, Decided<unknown>]] : [],
  );
  const data = {
    headline: headline.value,
    ...Object.fromEntries(present.map(([key, d]) => [key, d.value])),
    ...(dated ? { published: dated.value } : {}),
    ...(bound ? { publishedBound: bound.value } : {}),
    slug,
    source: {
      path: input.sourcePath,
      sha256: input.sha256,
      ...(article.part !== undefined ? { part: article.part } : {}),
    },
    provenance: {
      headline: headline.provenance,
      ...(dated ? { published: dated.provenance } : {}),
      ...(bound ? { publishedBound: bound.provenance } : {}),
      ...Object.fromEntries(present.map(([key, d]) => [key, d.provenance])),
    },
    ingest: { entrySha256: HASH_PLACEHOLDER, textSha256: textFingerprint(article.body) },
  };
  const checked = checkArticle(data);
  return 'problem' in checked
    ? { ok: false, problem: checked.problem }
    : { ok: true, data: checked.data, body: article.body, notes };
}

/** The entry's front matter against the schema: every decision that is not refused is a valid entry. */
export function checkArticle(data: unknown): { data: Article } | { problem: Problem } {
  const checked = articleSchema.safeParse(data);
  if (checked.success) return { data: checked.data };
  const issues = checked.error.issues;
  const field = issues[0]?.path.join('.') || '(entry)';
  // The report prints "<file>: <field>: <reason>", so the field is not said again before its own issues.
  const reason = issues
    .map((issue) => {
      const at = issue.path.join('.') || '(entry)';
      return at === field ? issue.message : `${at}: ${issue.message}`;
    })
    .join('; ');
  return { problem: { field, reason } };
}

function fromSource<T>(stated: Stated<T>): Decided<T> {
  return { value: stated.value, provenance: { method: 'source', evidence: stated.evidence } };
}

function decideHeadline(article: ReceivedArticle, bodyText: string): Decided<string> | undefined {
  const readable = article.headline ? readableHeadline(article.headline.value, bodyText) : undefined;
  // A headline says something: punctuation alone ("— — —", "***") is no headline.
  if (article.headline && readable && /[\p{L}\p{N}]/u.test(readable.value)) {
    const evidence = readable.changed
      ? `${article.headline.evidence}, "${article.headline.value}", set in readable case`
      : article.headline.evidence;
    return { value: readable.value, provenance: { method: 'source', evidence } };
  }
  const lede = article.body.children.find((node) => node.type === 'paragraph');
  const derived = lede ? deriveHeadline(toString(lede)) : undefined;
  return derived && /[\p{L}\p{N}]/u.test(derived.text)
    ? { value: derived.text, provenance: { method: 'derived', evidence: derived.rule } }
    : undefined;
}

/**
 * The date the source states; else the first date the run gives it (see
 * batch-dating.ts); else one inferred from the text; else none. (An
 * override, which wins over all of these, is applied by the caller.)
 */
export function decidePublished(
  article: ReceivedArticle,
  given: readonly GivenDating[] = [],
): Decided<string> | { problem: string } | { undated: true } {
  if (article.date) {
    // Read by the reader that found it (see StatedDate in received.ts): not parsed again here.
    const { value: reading, evidence } = article.date;
    if (!reading.ok) return { problem: `${evidence} gives "${reading.written}", which ${reading.reason}` };
    return { value: reading.published, provenance: { method: 'source', evidence } };
  }
  const first = given[0];
  if (first) return first;
  const inferred = inferDate(article.datingText);
  if (inferred) return { value: inferred.published, provenance: { method: 'inferred', evidence: inferred.evidence } };
  return { undated: true };
}

/** Why an article with no date is refused (when content/ingest.yaml says `undated: refuse`). */
export const UNDATED_REASON =
  'the source states no date and its text has none that can be checked ' +
  '(a month and day without a year, or a year in a photo caption, is not evidence), so no date is made up';

/** The refusal of an undated article, with what would date it. */
export function undatedReason(key: string): string {
  return (
    `${UNDATED_REASON}; date it with npm run ingest -- --date YYYY --reason "…" <its path>, ` +
    `a dates rule in ${CONFIG_FILE}, or an override for "${key}" in ${OVERRIDES_FILE}; ` +
    `or keep it undated with undated: keep in ${CONFIG_FILE}`
  );
}

/**
 * The first MAX_LIST_ITEMS of a list the source states, with a note naming
 * the field and how many were left out (one JSON source with 20,000 tags
 * would otherwise make 20,000 topic pages).
 */
function capped(field: string, items: string[], notes: string[]): string[] {
  if (items.length <= MAX_LIST_ITEMS) return items;
  const left = items.length - MAX_LIST_ITEMS;
  notes.push(
    `${field}: kept the first ${MAX_LIST_ITEMS} of ${items.length.toLocaleString('en-US')}, left out ${left.toLocaleString('en-US')} (at most ${MAX_LIST_ITEMS} per entry)`,
  );
  return items.slice(0, MAX_LIST_ITEMS);
}

function decideAuthors(stated: Stated<readonly string[]> | undefined, notes: string[]): Decided<string[]> | undefined {
  if (!stated) return undefined;
  const { names, dropped } = cleanAuthors(stated.value);
  if (dropped.length > 0) notes.push(`byline: left out ${dropped.map((d) => `"${d}"`).join(', ')}`);
  return names.length > 0
    ? { value: capped('authors', names, notes), provenance: { method: 'source', evidence: stated.evidence } }
    : undefined;
}

function decidePublication(stated: Stated<string>, table: PublicationTable): Decided<string> | undefined {
  const { value, rule } = normalisePublication(stated.value, table);
  if (value === '') return undefined;
  return { value, provenance: { method: 'source', evidence: rule ? `${stated.evidence}; ${rule}` : stated.evidence } };
}

function decideTopics(stated: Stated<readonly string[]>, notes: string[]): Decided<string[]> | undefined {
  const topics = [...new Set(stated.value.map((t) => t.replace(/\s+/gu, ' ').trim()).filter((t) => t !== ''))];
  return topics.length > 0
    ? { value: capped('topics', topics, notes), provenance: { method: 'source', evidence: stated.evidence } }
    : undefined;
}

function decidePeople(
  bodyText: string,
  corrections: PeopleCorrections,
  authors: readonly string[] | undefined,
): Decided<string[]> | undefined {
  const people = findPeople(bodyText, { ...corrections, exclude: authors ?? [] });
  return people
    ? {
        value: people,
        provenance: {
          method: 'inferred',
          evidence: `names found in the text by compromise, checked against the people lists in ${CONFIG_FILE}`,
        },
      }
    : undefined;
}

/** How to settle a date by hand; the run prints an example of the lines once (see run.ts). */
function overrideHint(key: string): string {
  return `; if an editor can date it, give "${key}" a date and a reason in ${OVERRIDES_FILE}`;
}

/** The lines to add to content/overrides.yaml to date a source by hand. */
export function overrideExample(key: string): string {
  const yamlKey = /^[\w./-]+$/.test(key) ? key : JSON.stringify(key);
  return (
    `${yamlKey}:\n  date: "YYYY-MM-DD"  # or "YYYY-MM", or "YYYY" when only the year is known\n` +
    '  reason: "What the date rests on, so a reader can check it."'
  );
}

function refuse(field: string, reason: string): Decision {
  return { ok: false, problem: { field, reason } };
}
