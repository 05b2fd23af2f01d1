import { distance } from 'fastest-levenshtein';
import { answers, stemOf } from '../lib/search-words.ts';
import type { WordCounts } from '../lib/search-vocabulary.ts';

/**
 * Which words of the archive's vocabulary are near a word that no story
 * has, and whether a word is in it at all, compared as Pagefind compares
 * words (search-words.ts). Pure.
 */

/** Words offered for one word at most. */
export const MOST_SUGGESTIONS = 3;

/** How many letters may differ (added, dropped or changed): one in a short word, two in a longer one. */
export function greatestDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/** True when some word of the vocabulary answers `word` as Pagefind searches it (as the start of a word, by stems). */
export function isKnownWord(word: string, vocabulary: WordCounts): boolean {
  const searched = stemOf(word);
  for (const known of vocabulary.keys()) if (answers(stemOf(known), searched)) return true;
  return false;
}

/**
 * The words of the vocabulary nearest to `word`, at most `greatestDistance`
 * edits away: fewest edits first, then the word more stories have, then in
 * alphabetical order.
 */
export function suggestWords(word: string, vocabulary: WordCounts, most = MOST_SUGGESTIONS): string[] {
  const limit = greatestDistance(word);
  const near: { word: string; edits: number; stories: number }[] = [];
  for (const [known, stories] of vocabulary) {
    if (known === word || Math.abs(known.length - word.length) > limit) continue;
    const edits = distance(word, known);
    if (edits <= limit) near.push({ word: known, edits, stories });
  }
  near.sort((a, b) => a.edits - b.edits || b.stories - a.stories || (a.word < b.word ? -1 : 1));
  return near.slice(0, most).map((candidate) => candidate.word);
}
