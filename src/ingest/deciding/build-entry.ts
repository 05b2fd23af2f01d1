import { type DatingSettings, givenDates } from './batch-dating.ts';
import { decideEntry, type Decision, type Problem } from './decide-entry.ts';
import { sha256Hex } from '../writing/entry-hash.ts';
import type { PeopleCorrections } from './fields/people.ts';
import { DEFAULT_PUBLICATIONS, type PublicationTable } from './fields/publications.ts';
import type { Override } from './overrides-schema.ts';
import { readSource, type SourceFormat } from '../reading/read-source.ts';

export interface SourceInput {
  /** The file's path under content/sources/. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Overrides by key (`<name>` or `<name>#<part>`), as in content/overrides.yaml. */
  readonly overrides?: ReadonlyMap<string, Override>;
  readonly publications?: PublicationTable;
  /** content/ingest.yaml's corrections to the people found in the text. */
  readonly people?: PeopleCorrections;
  /** The run's `--date` and content/ingest.yaml's `dates` rules, for articles that state no date. */
  readonly dating?: DatingSettings;
  /** `keep`: an article no date is found for is decided without one, rather than refused (see decide-entry.ts). */
  readonly undated?: 'refuse' | 'keep';
}

/** The decision for one article of a source; `part` says which, in a file that holds several. */
export type ArticleDecision = Decision & { readonly part?: string };

export type BuiltSource =
  | { readonly ok: false; readonly problem: Problem }
  | {
      readonly ok: true;
      readonly format: SourceFormat;
      readonly encoding: string;
      /** What decoding changed (a repaired double encoding, removed control characters). */
      readonly notes: readonly string[];
      /** One decision per article in the file, in file order. */
      readonly articles: readonly ArticleDecision[];
    };

/**
 * A source file's bytes → a decision for each article in it: the entry's
 * front matter and body, or the problem that stops it. Pure (no file system),
 * so it is what tests, benchmarks and property checks drive; the run adds
 * unique slugs, duplicate checks and the writing.
 */
export function buildEntries({
  name,
  bytes,
  overrides,
  publications = DEFAULT_PUBLICATIONS,
  people = {},
  dating,
  undated = 'refuse',
}: SourceInput): BuiltSource {
  const reading = readSource(name, bytes);
  if (!reading.ok) return { ok: false, problem: { field: reading.field, reason: reading.reason } };
  const sha256 = sha256Hex(bytes);
  const given = givenDates(name, dating);
  const articles = reading.articles.map((article) => {
    const key = article.part === undefined ? name : `${name}#${article.part}`;
    const override = overrides?.get(key);
    const decision = decideEntry({
      article,
      sourcePath: `content/sources/${name}`,
      sha256,
      overrideKey: key,
      ...(override ? { override } : {}),
      publications,
      people,
      givenDates: given,
      undated,
    });
    return article.part === undefined ? decision : { ...decision, part: article.part };
  });
  return { ok: true, format: reading.format, encoding: reading.encoding, notes: reading.notes, articles };
}

export type BuildResult =
  Extract<Decision, { ok: true }> | { readonly ok: false; readonly problems: readonly Problem[] };

/** The decision for a source that holds one article (or the first of several). */
export function buildEntry(input: Omit<SourceInput, 'overrides'> & { readonly override?: Override }): BuildResult {
  const { override, ...rest } = input;
  const built = buildEntries({ ...rest, ...(override ? { overrides: new Map([[input.name, override]]) } : {}) });
  if (!built.ok) return { ok: false, problems: [built.problem] };
  const first = built.articles[0];
  if (!first) return { ok: false, problems: [{ field: 'body', reason: 'holds no article' }] };
  return first.ok ? first : { ok: false, problems: [first.problem] };
}
