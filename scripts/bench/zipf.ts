/**
 * Picks items with Zipf's law: the item of rank r (from 1) is drawn with
 * probability proportional to 1 / (r + rankOffset)^exponent, as words, names
 * and topics are used in real text. `rankOffset` (Zipf–Mandelbrot) is for a
 * list that continues a ranking begun elsewhere: content words rank after the
 * commonest function words of English, so even the first of them is rare.
 * Deterministic for a given `random`.
 */
export function zipfPicker<T>(items: readonly T[], random: () => number, exponent = 1, rankOffset = 0): () => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let rank = 1; rank <= items.length; rank += 1) {
    total += 1 / (rank + rankOffset) ** exponent;
    cumulative[rank - 1] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
}
