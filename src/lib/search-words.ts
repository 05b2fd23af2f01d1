import { stem } from 'porter2';

/**
 * Words as the search index holds them, read the way Pagefind reads them:
 * lower case, accents dropped (Pagefind matches "cafe" and "café" alike),
 * English stems (Pagefind's Snowball English, which is Porter2), and a
 * search word matching every indexed word whose stem begins with its own.
 * Shared by the build, which writes the archive's vocabulary, and the search
 * page, which reads it. Pure.
 */

/** A word folded as the index compares it: lower case, without accents. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Characters Pagefind drops from a word: dashes, brackets, quotes and other punctuation. */
export const PUNCTUATION = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/**
 * The words Pagefind indexes for each word of a text (split at spaces),
 * folded: the word without its punctuation, and each run of letters and
 * digits in it ("pregnancy-related" gives "pregnancyrelated", "pregnancy"
 * and "related").
 */
export function indexedWordsOf(text: string): string[] {
  const words: string[] = [];
  for (const word of foldWord(text).split(/\s+/)) {
    if (PLAIN_WORD.test(word)) {
      words.push(word);
      continue;
    }
    const runs = word.match(/[\p{L}\p{N}]+/gu) ?? [];
    const whole = word.replace(PUNCTUATION, '');
    if (runs.length > 1 && PLAIN_WORD.test(whole)) words.push(whole);
    words.push(...runs);
  }
  return words;
}

/** A word of letters and digits only. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** A folded word's stem, as Pagefind stems it. */
export function stemOf(word: string): string {
  return stem(word);
}

/** True when an indexed word (by its stem) answers a search word (by its stem): Pagefind searches a word as the start of a word. */
export function answers(indexedStem: string, searchedStem: string): boolean {
  return indexedStem.startsWith(searchedStem);
}
