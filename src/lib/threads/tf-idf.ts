/**
 * TF-IDF vectors with log-scaled term frequency, L2-normalised, stored as
 * term ids in ascending order with their weights, so a cosine is one merge.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export interface TfIdf {
  readonly vectors: SparseVector[];
  /** How many documents hold each term id. */
  readonly documentFrequency: Int32Array;
}

/**
 * `background`: documents assumed to exist besides these, none holding any of
 * their terms. It keeps a term shared by every document of a small set from
 * weighing nothing; in a large archive it changes little.
 */
export function buildTfIdf(documents: readonly (readonly string[])[], background = 0): TfIdf {
  const ids = new Map<string, number>();
  const counted = documents.map((terms) => {
    const counts = new Map<number, number>();
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const documentFrequency = new Int32Array(ids.size);
  for (const counts of counted) for (const id of counts.keys()) documentFrequency[id]! += 1;
  const total = documents.length + background;
  const vectors = counted.map((counts) => {
    const termIds = Int32Array.from(counts.keys()).sort();
    const weights = new Float64Array(termIds.length);
    let sum = 0;
    termIds.forEach((id, i) => {
      const weight = (1 + Math.log(counts.get(id)!)) * (1 + Math.log((1 + total) / (1 + documentFrequency[id]!)));
      weights[i] = weight;
      sum += weight * weight;
    });
    const norm = Math.sqrt(sum) || 1;
    for (let i = 0; i < weights.length; i += 1) weights[i]! /= norm;
    return { ids: termIds, weights };
  });
  return { vectors, documentFrequency };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

/** The `count` heaviest term ids of a vector, heaviest first (ties by id): a document's most telling words. */
export function topTerms(vector: SparseVector, count: number): number[] {
  const top: number[] = [];
  // A partial selection: documents have hundreds of terms and only a few are wanted.
  for (let i = 0; i < vector.ids.length; i += 1) {
    const heavier = (a: number, b: number) =>
      vector.weights[a]! > vector.weights[b]! ||
      (vector.weights[a] === vector.weights[b] && vector.ids[a]! < vector.ids[b]!);
    if (top.length === count && !heavier(i, top[count - 1]!)) continue;
    let at = Math.min(top.length, count - 1);
    top[at] = i;
    while (at > 0 && heavier(top[at]!, top[at - 1]!)) {
      [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      at -= 1;
    }
  }
  return top.map((index) => vector.ids[index]!);
}
