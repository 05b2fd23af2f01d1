import { indexedWordsOf } from './search-words.ts';

/**
 * The archive's vocabulary: every word a reader can find, with the number
 * of stories that hold it, in small files by the word's first two letters,
 * so that the search page, offering words near one that no story has,
 * fetches only the file or two that such a word could be near. Each shard
 * of the index has its own (in `pagefind/<shard>/vocabulary/`, written and
 * cached with its index, taken with it into a merged build); once every
 * shard is there, theirs are added up into the archive's, in
 * `pagefind/vocabulary/`, the one the search page reads. Pure.
 */

/** Where a shard's vocabulary lives, under its index folder; the archive's is this folder of `pagefind/`. */
export const VOCABULARY_DIR = 'vocabulary';

/** The file listing a shard's vocabulary files by key, so the search page asks only for files that exist. */
export const BUCKETS_FILE = 'buckets.json';

/** Words shorter than this are neither offered nor looked up: too short to be near anything in particular. */
export const SHORTEST_WORD = 2;

/** Stories per word. */
export type WordCounts = Map<string, number>;

/** Counts, over the stories' texts, how many stories hold each word (words of letters; numbers are left out). */
export function countWords(texts: Iterable<string>): WordCounts {
  const counts: WordCounts = new Map();
  for (const text of texts) {
    for (const word of new Set(indexedWordsOf(text))) {
      if (word.length < SHORTEST_WORD || !/\p{L}/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The file a folded word is in: its first two letters, or "_" for a word that does not start with two of a–z and 0–9. */
export function bucketOf(word: string): string {
  const key = word.slice(0, SHORTEST_WORD);
  return /^[a-z0-9]{2}$/.test(key) ? key : '_';
}

/**
 * The files to read for words near `word`: its own, and the one its first
 * two letters swapped would be in ("lpacenta" is near "placenta").
 */
export function bucketsNear(word: string): string[] {
  const own = bucketOf(word);
  const swapped = bucketOf(`${word[1] ?? ''}${word[0] ?? ''}${word.slice(2)}`);
  return swapped === own ? [own] : [own, swapped];
}

/** The vocabulary's files: by key, each word with its count, words in order. */
export function splitIntoBuckets(counts: WordCounts): Map<string, Record<string, number>> {
  const buckets = new Map<string, Record<string, number>>();
  for (const word of [...counts.keys()].sort()) {
    const key = bucketOf(word);
    let bucket = buckets.get(key);
    // No prototype: a word such as "constructor" is a word like any other.
    if (!bucket) buckets.set(key, (bucket = Object.create(null) as Record<string, number>));
    bucket[word] = counts.get(word)!;
  }
  return buckets;
}

/** Adds a vocabulary file's counts to `counts`. */
export function addCounts(counts: WordCounts, file: Readonly<Record<string, number>>): void {
  for (const [word, stories] of Object.entries(file)) counts.set(word, (counts.get(word) ?? 0) + stories);
}
