import { answers, foldWord, indexedWordsOf, PUNCTUATION, stemOf } from '../lib/search-words.ts';
import type { WordCounts } from '../lib/search-vocabulary.ts';
import type { PagefindResult } from './pagefind-client.ts';
import { isKnownWord, suggestWords } from './word-suggestions.ts';

/**
 * Whether a search found the words it was given, or stand-ins for them.
 * Pagefind searches a word that no indexed word begins with as the longest
 * indexed word that begins it ("placenat" as "place"), and counts what that
 * finds as matches. The words a result matched are the words of its text at
 * its match locations, and those of its metadata (a headline's word matches
 * with no location in the text); a search word none of them answers (search-words.ts)
 * was searched as a stand-in, and then, only then, the archive's vocabulary
 * near it is fetched: to tell a word no story has (the search then finds
 * nothing, and offers the nearest words stories do have) from one only the
 * shards searched lack (their stand-in matches are dropped).
 */

/** A word no story has, and the words near it that stories do have, nearest first. */
export interface UnknownWord {
  readonly word: string;
  readonly suggestions: readonly string[];
}

export interface WordCheck {
  /** The results that match every word of the search itself. */
  readonly results: PagefindResult[];
  /** The search's words that no story has: when there are any, `results` is empty. */
  readonly unknown: readonly UnknownWord[];
}

/** The archive's vocabulary near some words (vocabulary-client.ts), or undefined when it could not be fetched. */
export type VocabularyNear = (words: readonly string[]) => Promise<WordCounts | undefined>;

/**
 * The words of a query as Pagefind searches them, folded (search-words.ts):
 * those of letters and digits with a letter, two characters or more (a
 * shorter word, a number or a symbol is searched as it is, never judged).
 */
export function searchedWords(query: string): string[] {
  const words = foldWord(query.replace(PUNCTUATION, '')).split(/\s+/);
  return [...new Set(words)].filter((word) => word.length >= 2 && /^[\p{L}\p{N}]+$/u.test(word) && /\p{L}/u.test(word));
}

/** Pagefind's split of a page's text into the words its match locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The stems of the words a result matched: each word at its locations, in every form Pagefind indexes it. */
export function matchedStems(content: string, locations: readonly number[]): Set<string> {
  const words = content.split(WORD_SEPARATORS);
  return stemsOf(locations.map((location) => words[location] ?? ''));
}

/** The stems of `words`, each in every form Pagefind indexes it. */
function stemsOf(words: Iterable<string>): Set<string> {
  const stems = new Set<string>();
  for (const word of words) for (const form of indexedWordsOf(word)) stems.add(stemOf(form));
  return stems;
}

/** The search words that none of the matched stems answers. */
export function wordsNotMatched(words: readonly string[], matched: ReadonlySet<string>): string[] {
  return words.filter((word) => ![...matched].some((stem) => answers(stem, stemOf(word))));
}

/**
 * The stems of every word of a result's metadata (its headline, its captions):
 * Pagefind searches those too, and a match there has no location in the text.
 */
export function metadataStems(meta: Readonly<Record<string, string | undefined>>): Set<string> {
  return stemsOf(Object.values(meta).flatMap((value) => (value ?? '').split(WORD_SEPARATORS)));
}

async function wordsMissedBy(result: PagefindResult, words: readonly string[]): Promise<string[]> {
  const { content, locations, meta } = await result.data();
  return wordsNotMatched(words, new Set([...matchedStems(content, locations), ...metadataStems(meta)]));
}

/**
 * Checks a search's results against its words (see above). `groups` holds
 * the same results by the shard each came from (pagefind-client.ts): a shard
 * that lacks a word searches all of it as the same stand-in, so the first
 * result of a group answers for the group. Reads the first result's text
 * (which the page shows anyway); fetches the vocabulary only when that
 * result, or an empty search, leaves a word unmatched, and then reads the
 * first result of each other group.
 */
export async function checkSearchWords(
  query: string,
  { results, groups }: { results: PagefindResult[]; groups: readonly PagefindResult[][] },
  vocabularyNear: VocabularyNear,
): Promise<WordCheck> {
  const words = searchedWords(query);
  const [first] = results;
  const suspects = first ? await wordsMissedBy(first, words) : words;
  if (suspects.length === 0 && groups.length < 2) return { results, unknown: [] };
  const firstsMissing = await Promise.all(
    groups.map(([head]) => (!head ? [] : head === first ? suspects : wordsMissedBy(head, words))),
  );
  const missed = new Set([...suspects, ...firstsMissing.flat()]);
  if (missed.size === 0) return { results, unknown: [] };
  const vocabulary = await vocabularyNear([...missed]);
  // Without the vocabulary, the search stands as Pagefind answered it.
  if (!vocabulary) return { results, unknown: [] };
  const unknown = [...missed]
    .filter((word) => !isKnownWord(word, vocabulary))
    .map((word) => ({ word, suggestions: suggestWords(word, vocabulary) }));
  if (unknown.length > 0) return { results: [], unknown };
  // Every word is in some story, but not in the shards some groups came from: keep the real matches.
  const standIns = new Set(groups.filter((_, index) => firstsMissing[index]!.length > 0).flat());
  return { results: results.filter((result) => !standIns.has(result)), unknown: [] };
}
