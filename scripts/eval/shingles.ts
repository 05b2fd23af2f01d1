/**
 * The 4-gram shingle scorer of the common article-extraction benchmarks:
 * both texts lowercased and split into Unicode word tokens (Python's `\w+`:
 * letters, digits and the underscore), each taken as the multiset of its
 * word 4-grams; precision and recall are the overlap over each side's count.
 */

export const SHINGLE = 4;

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Lowercased runs of Unicode letters, digits and underscores (Python's `\w+` with Unicode). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** The multiset of n-token shingles (a text shorter than n is one shingle). */
export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const add = (shingle: string) => counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  if (words.length > 0 && words.length < n) add(words.join(' '));
  for (let i = 0; i + n <= words.length; i++) add(words.slice(i, i + n).join(' '));
  return counts;
}

/**
 * 4-gram shingle precision, recall and F1 of an extracted text against the
 * expected one. Both empty scores 1 throughout; exactly one empty scores 0.
 */
export function scoreExtraction(extracted: string, expected: string): Score {
  const got = shingles(extracted);
  const want = shingles(expected);
  if (got.size === 0 && want.size === 0) return { precision: 1, recall: 1, f1: 1 };
  let overlap = 0;
  for (const [shingle, count] of got) overlap += Math.min(count, want.get(shingle) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  const precision = gotTotal === 0 ? 0 : overlap / gotTotal;
  const recall = wantTotal === 0 ? 0 : overlap / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
