import { BUCKETS_FILE, bucketsNear, VOCABULARY_DIR, type WordCounts } from '../lib/search-vocabulary.ts';

/**
 * The archive's vocabulary (search-vocabulary.ts) as the search page
 * fetches it: its list of files, then the files near the words asked about
 * (bucketsNear), each fetched once per page.
 */
export function vocabularyClient(base: string) {
  const fetched = new Map<string, Promise<unknown>>();
  const fetchJson = (name: string) => {
    let answer = fetched.get(name);
    if (!answer) {
      answer = fetch(`${base}pagefind/${VOCABULARY_DIR}/${name}`).then((response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      });
      fetched.set(name, answer);
    }
    return answer;
  };

  /** The words of the vocabulary near `words`, with their stories; undefined when a file did not load. */
  return async function vocabularyNear(words: readonly string[]): Promise<WordCounts | undefined> {
    try {
      const listed = new Set((await fetchJson(BUCKETS_FILE)) as string[]);
      const keys = [...new Set(words.flatMap(bucketsNear))].filter((key) => listed.has(key));
      const counts: WordCounts = new Map();
      for (const file of await Promise.all(keys.map((key) => fetchJson(`${key}.json`)))) {
        for (const [word, stories] of Object.entries(file as Record<string, number>)) counts.set(word, stories);
      }
      return counts;
    } catch {
      return undefined;
    }
  };
}
