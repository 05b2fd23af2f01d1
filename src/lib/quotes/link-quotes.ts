import { UnionFind } from '../threads/union-find.ts';
import type { FoundQuote } from './find-quotes.ts';
import { quoteWords } from './normalise-quote.ts';

/** One quote wherever it appears: the same words, or nearly, in one or more stories. */
export interface LinkedQuote<K> {
  /** The shortest copy: the words every outlet carried. */
  readonly text: string;
  /** The person most copies attribute it to, when any does. */
  readonly speaker?: string;
  /** Each story that carries it, once, in the order the stories were given, with its own copy (pieces joined by "…"). */
  readonly appearances: readonly { readonly story: K; readonly text: string }[];
}

/** Word runs this long are compared; a quote of five words has three. */
const SHINGLE = 3;
/**
 * Two copies are one quote when this share of the shorter one's word runs is
 * in the longer: an outlet that quotes only part of a statement still links to
 * one that quotes it whole, and a word changed here or there still matches.
 */
const CONTAINMENT = 0.7;
/** A word run in more quotes than this is a stock phrase; it is not used to find candidates, keeping the cost linear. */
const MAX_POSTINGS = 100;

function shingles(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i += 1) runs.add(words.slice(i, i + SHINGLE).join(' '));
  return runs;
}

/**
 * Groups the quotes of many stories into linked quotes. Candidates come from
 * an index of word runs, so only quotes sharing a run are compared.
 * Deterministic: the result depends only on the input order.
 */
export function linkQuotes<K>(stories: readonly { key: K; quotes: readonly FoundQuote[] }[]): LinkedQuote<K>[] {
  const all = stories.flatMap(({ key, quotes }, storyIndex) =>
    quotes.map((quote) => ({ key, storyIndex, quote, runs: shingles(quoteWords(quote.text)) })),
  );
  const postings = new Map<string, number[]>();
  all.forEach(({ runs }, index) => {
    for (const run of runs) {
      const list = postings.get(run);
      if (list) list.push(index);
      else postings.set(run, [index]);
    }
  });
  const sets = new UnionFind(all.length);
  all.forEach(({ runs }, index) => {
    const shared = new Map<number, number>();
    for (const run of runs) {
      const list = postings.get(run)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) if (other > index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, count] of shared) {
      const smaller = Math.min(runs.size, all[other]!.runs.size);
      if (smaller > 0 && count / smaller >= CONTAINMENT) sets.union(index, other);
    }
  });
  return sets.groups().map((members) => {
    const copies = members.map((m) => all[m]!);
    // A story quoting pieces of one statement apart (split by narration) shows them together, in its order.
    const byStory = new Map<number, string[]>();
    for (const copy of copies) byStory.set(copy.storyIndex, [...(byStory.get(copy.storyIndex) ?? []), copy.quote.text]);
    const shortest = [...copies].sort((a, b) => a.quote.text.length - b.quote.text.length)[0]!;
    const speaker = mostCommon(copies.flatMap((copy) => copy.quote.speaker ?? []));
    return {
      text: shortest.quote.text,
      ...(speaker ? { speaker } : {}),
      appearances: [...byStory]
        .sort(([a], [b]) => a - b)
        .map(([storyIndex, texts]) => ({ story: stories[storyIndex]!.key, text: texts.join(' … ') })),
    };
  });
}

/** The most frequent value; ties go to the first in alphabetical order. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]?.[0];
}
