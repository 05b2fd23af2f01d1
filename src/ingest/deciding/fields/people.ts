import { isShortFormOf, shortForms } from '../../../entry/name-forms.ts';
import { findNameRuns } from '../../formats/text/name-runs.ts';
import { readPersonNames } from './person-names.ts';
import { findWholeWords } from './whole-words.ts';

/** At most this many people per entry: those the story is about, not everyone it names in passing. */
export const MAX_PEOPLE = 8;

export interface PeopleLists {
  /** Names always recognised where the text holds them as whole words, case-sensitively, even if compromise misses them. */
  readonly allow?: readonly string[];
  /** Names never listed, compared case-insensitively: what compromise takes for a person and is not. */
  readonly deny?: readonly string[];
  /** Names not listed because they are the story's authors: a byline is not a subject. */
  readonly exclude?: readonly string[];
}

/** The archivist's corrections, from content/ingest.yaml. */
export type PeopleCorrections = Pick<PeopleLists, 'allow' | 'deny'>;

/**
 * The people a story's text names, most mentioned first (ties: first
 * mentioned first), at most MAX_PEOPLE; undefined when it names none.
 *
 * - Names are what compromise's people() finds in the text's runs of
 *   capitalised words (see text/name-runs.ts and person-names.ts), plus the
 *   `allow` names the text holds.
 * - A name is listed in full, two words or more, as the text spells it:
 *   without leading titles (Mr., Dr., Sen., President …; King, Queen,
 *   Prince, Princess and Pope stay) or a possessive.
 * - A shorter form of a name ("Teigen", "Chrissy") counts towards the one
 *   full name in the text that holds it, and is not listed on its own unless
 *   allowed; a short form two full names share ("John" of "John Legend" and
 *   "John Roe") counts for neither.
 * - `deny` names are dropped; `exclude` names are dropped but still own their
 *   short forms, so an author's surname does not count for someone else.
 */
export function findPeople(text: string, lists: PeopleLists = {}): string[] | undefined {
  const denied = new Set((lists.deny ?? []).map(comparisonKey));
  const excluded = new Set((lists.exclude ?? []).map(comparisonKey));
  const allowed = namesIn(text, lists.allow ?? []);
  const found = readPersonNames(findNameRuns(text)).filter((name) => name.includes(' '));
  const authors = namesIn(text, lists.exclude ?? []).filter((name) => name.includes(' '));
  const names = uniqueNames([...allowed, ...found, ...authors]).filter((name) => !denied.has(comparisonKey(name)));
  if (names.length === 0) return undefined;

  const allowedKeys = new Set(allowed.map(comparisonKey));
  const whole = names.filter((name) => !names.some((other) => isShortFormOf(other, name)));
  // What each spelling in the text counts towards: itself when allowed or whole, else the one whole name holding it.
  const owner = new Map<string, string | undefined>();
  for (const form of [...names, ...whole.flatMap(shortForms)]) {
    if (owner.has(form)) continue;
    const holders = whole.filter((name) => name === form || isShortFormOf(name, form));
    owner.set(form, allowedKeys.has(comparisonKey(form)) ? form : holders.length === 1 ? holders[0] : undefined);
  }
  const tally = new Map<string, { count: number; first: number }>();
  for (const match of findWholeWords(text, [...owner.keys()])) {
    const person = owner.get(normaliseSpace(match.text));
    if (person === undefined) continue;
    const seen = tally.get(person) ?? { count: 0, first: match.index };
    tally.set(person, { count: seen.count + 1, first: seen.first });
  }
  const people = [...tally]
    .filter(([name]) => !excluded.has(comparisonKey(name)))
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, MAX_PEOPLE)
    .map(([name]) => name);
  return people.length > 0 ? people : undefined;
}

/** Those of `names` the text holds as whole words, in list order. */
function namesIn(text: string, names: readonly string[]): string[] {
  const wanted = names.map(normaliseSpace).filter((name) => name !== '');
  // Most lists have no name in a given text: a substring test says so without a pattern.
  if (!wanted.some((name) => text.includes(name.split(' ')[0]!))) return [];
  const present = new Set(findWholeWords(text, wanted).map((match) => normaliseSpace(match.text)));
  return wanted.filter((name) => present.has(name));
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function comparisonKey(name: string): string {
  return normaliseSpace(name).toLowerCase();
}

/** The names once each, compared case-insensitively; the first spelling is kept. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(comparisonKey(name)) && seen.add(comparisonKey(name)));
}
