import { BUCKETS_FILE, bucketsNear, VOCABULARY_DIR, type WordCounts } from '../lib/search-vocabulary.ts';
import type { SearchShardRef } from '../lib/search-shards.ts';

/**
 * The archive's vocabulary as the search page fetches it: for each shard,
 * its list of files, then the files near the words asked about
 * (search-vocabulary.ts bucketsNear), each fetched once per page, their
 * counts added up across shards.
 */
export function vocabularyClient(base: string, shards: readonly SearchShardRef[]) {
  const fetched = new Map<string, Promise<unknown>>();
  const fetchJson = (path: string) => {
    let answer = fetched.get(path);
    if (!answer) {
      answer = fetch(`${base}pagefind/${path}`).then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      });
      fetched.set(path, answer);
    }
    return answer;
  };

  async function shardWords(shard: SearchShardRef, keys: readonly string[]): Promise<[string, number][]> {
    const dir = `${shard.id}/${VOCABULARY_DIR}`;
    const listed = new Set((await fetchJson(`${dir}/${BUCKETS_FILE}`)) as string[]);
    const buckets = await Promise.all(
      keys.filter((key) => listed.has(key)).map((key) => fetchJson(`${dir}/${key}.json`)),
    );
    return buckets.flatMap((bucket) => Object.entries(bucket as Record<string, number>));
  }

  /** The words of the vocabulary near `words`, with their stories; undefined when a file did not load. */
  return async function vocabularyNear(words: readonly string[]): Promise<WordCounts | undefined> {
    const keys = [...new Set(words.flatMap(bucketsNear))];
    try {
      const counts: WordCounts = new Map();
      for (const entries of await Promise.all(shards.map((shard) => shardWords(shard, keys)))) {
        for (const [word, stories] of entries) counts.set(word, (counts.get(word) ?? 0) + stories);
      }
      return counts;
    } catch {
      return undefined;
    }
  };
}
