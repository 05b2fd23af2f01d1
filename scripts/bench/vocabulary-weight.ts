/**
 * `node scripts/bench/vocabulary-weight.ts [COUNT…]` (default 10000): what
 * the search's vocabulary (src/lib/search-vocabulary.ts) weighs for an
 * archive of COUNT of the benchmark's made-up stories (archive-corpus.ts),
 * split into shards of DEFAULT_SHARD_STORIES stories as the index is: the
 * distinct words, the bytes (as written and gzipped) of the shards' own
 * vocabularies and of the archive's, added up from them, and what the
 * search page fetches of the archive's for one misspelt word (the list of
 * files, and the one or two files near the word), over a sample of
 * misspellings made from the archive's own words. Counts the words of each
 * source's whole text, which holds the indexed story and a few lines more
 * (byline, date, source).
 */
import { gzipSync } from 'node:zlib';
import { DEFAULT_SHARD_STORIES } from '../../src/lib/search-shards.ts';
import {
  addCounts,
  bucketsNear,
  countWords,
  splitIntoBuckets,
  type WordCounts,
} from '../../src/lib/search-vocabulary.ts';
import { makeArchiveCorpus } from './archive-corpus.ts';
import { seededRandom } from './corpus.ts';

/** Misspellings sampled per archive. */
const SAMPLES = 200;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;

interface VocabularyFiles {
  /** Gzipped bytes by file key. */
  readonly sizes: Map<string, number>;
  /** Gzipped bytes of the list of files. */
  readonly list: number;
  readonly raw: number;
  readonly gzipped: number;
}

function weigh(counts: WordCounts): VocabularyFiles {
  const sizes = new Map<string, number>();
  let raw = 0;
  for (const [key, words] of splitIntoBuckets(counts)) {
    const json = JSON.stringify(words);
    raw += Buffer.byteLength(json);
    sizes.set(key, gzipSync(json).length);
  }
  const list = JSON.stringify([...sizes.keys()]);
  const listGzipped = gzipSync(list).length;
  const gzipped = [...sizes.values()].reduce((a, b) => a + b, listGzipped);
  return { sizes, list: listGzipped, raw: raw + list.length, gzipped };
}

function measure(count: number): void {
  const { sources } = makeArchiveCorpus(count);
  const shards: VocabularyFiles[] = [];
  const archive: WordCounts = new Map();
  for (let start = 0; start < sources.length; start += DEFAULT_SHARD_STORIES) {
    const counts = countWords(sources.slice(start, start + DEFAULT_SHARD_STORIES).map((source) => source.text));
    addCounts(archive, Object.fromEntries(counts));
    shards.push(weigh(counts));
  }
  const merged = weigh(archive);
  // A misspelling: an archive word with one letter after the first two changed.
  const random = seededRandom(11);
  const words = [...archive.keys()].filter((word) => word.length >= 5);
  const fetched: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const word = words[Math.floor(random() * words.length)]!;
    const at = 2 + Math.floor(random() * (word.length - 2));
    const typo = `${word.slice(0, at)}${word[at] === 'e' ? 'a' : 'e'}${word.slice(at + 1)}`;
    fetched.push(bucketsNear(typo).reduce((sum, key) => sum + (merged.sizes.get(key) ?? 0), merged.list));
  }
  const files = [...merged.sizes.values()];
  console.log(
    [
      `${count} stories, ${shards.length} shard(s): ${archive.size} distinct words`,
      `  the shards' own vocabularies: ${kib(shards.reduce((a, s) => a + s.raw, 0))} as written, ${kib(shards.reduce((a, s) => a + s.gzipped, 0))} gzipped`,
      `  the archive's: ${kib(merged.raw)} as written, ${kib(merged.gzipped)} gzipped, in ${files.length + 1} files`,
      `  one file of it, gzipped: median ${kib(percentile(files, 0.5))}, largest ${kib(Math.max(...files))}`,
      `  fetched for one misspelt word (${SAMPLES} samples), gzipped: median ${kib(percentile(fetched, 0.5))}, 95th percentile ${kib(percentile(fetched, 0.95))}`,
    ].join('\n'),
  );
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [10_000]) measure(count);
