/**
 * Runs `work` on every item, at most `limit` at a time, starting them in
 * the items' order; resolves once all have finished. A rejection rejects
 * the whole at once, while the other workers go on through the items left:
 * a caller that must stop starting work after a failure checks for it in
 * `work` (as build-in-parts.ts does).
 */
export async function eachAtOnce<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
