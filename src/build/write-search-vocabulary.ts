import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  addCounts,
  BUCKETS_FILE,
  countWords,
  splitIntoBuckets,
  VOCABULARY_DIR,
  type WordCounts,
} from '../lib/search-vocabulary.ts';
import type { SearchShardRef } from '../lib/search-shards.ts';

/** What Pagefind puts before the JSON of each of its files, once unzipped. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The text Pagefind indexed for each page of a shard's index (`indexDir`,
 * `pagefind/<shard>/`), read from its fragments: exactly the words a reader
 * can find, body as indexed, nothing Pagefind was told to ignore.
 */
function* indexedTexts(indexDir: string): Generator<string> {
  const fragments = join(indexDir, 'fragment');
  for (const name of readdirSync(fragments)) {
    const file = join(fragments, name);
    const bytes = gunzipSync(readFileSync(file));
    if (bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString() !== PAGEFIND_SIGNATURE) {
      throw new Error(`${file}: not a Pagefind fragment (no "${PAGEFIND_SIGNATURE}" signature)`);
    }
    const fragment = JSON.parse(bytes.subarray(PAGEFIND_SIGNATURE.length).toString('utf8')) as { content?: unknown };
    if (typeof fragment.content !== 'string') throw new Error(`${file}: a Pagefind fragment without its text`);
    yield fragment.content;
  }
}

/** Writes a vocabulary's files into `dir` (emptied first): each key's words, and the list of keys. */
function writeVocabulary(dir: string, counts: WordCounts): void {
  const buckets = splitIntoBuckets(counts);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [key, words] of buckets) writeFileSync(join(dir, `${key}.json`), JSON.stringify(words));
  writeFileSync(join(dir, BUCKETS_FILE), JSON.stringify([...buckets.keys()]));
}

/**
 * Writes a shard's vocabulary (lib/search-vocabulary.ts) into its index
 * folder, from the text Pagefind indexed. Returns the number of distinct words.
 */
export function writeSearchVocabulary(indexDir: string): number {
  const counts = countWords(indexedTexts(indexDir));
  writeVocabulary(join(indexDir, VOCABULARY_DIR), counts);
  return counts.size;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Writes the archive's vocabulary, `<site>/pagefind/vocabulary/`: every
 * shard's added up (each shard's index folder must hold its own). Returns
 * the number of distinct words.
 */
export function writeArchiveVocabulary(site: string, shards: readonly SearchShardRef[]): number {
  const counts: WordCounts = new Map();
  for (const shard of shards) {
    const dir = join(site, 'pagefind', shard.id, VOCABULARY_DIR);
    const keys = readJson(join(dir, BUCKETS_FILE)) as string[];
    for (const key of keys) addCounts(counts, readJson(join(dir, `${key}.json`)) as Record<string, number>);
  }
  writeVocabulary(join(site, 'pagefind', VOCABULARY_DIR), counts);
  return counts.size;
}
