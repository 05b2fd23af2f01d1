/**
 * `node scripts/bench/vocabulary-weight.ts [COUNT…]` (default 10000): what
 * the search's vocabulary (src/lib/search-vocabulary.ts) weighs for an
 * archive of COUNT of the benchmark's made-up stories (archive-corpus.ts),
 * split into shards of DEFAULT_SHARD_STORIES stories as the index is, each
 * with its own vocabulary: distinct words, the files' bytes (as written and
 * gzipped), and what the search page fetches for one misspelt word (every
 * shard's list of files, and the one or two files near the word), over a
 * sample of misspellings made from the archive's own words. Counts the
 * words of each source's whole text, which holds the indexed story and a
 * few lines more (byline, date, source).
 */
import { gzipSync } from 'node:zlib';
import { DEFAULT_SHARD_STORIES } from '../../src/lib/search-shards.ts';
import { bucketsNear, countWords, splitIntoBuckets } from '../../src/lib/search-vocabulary.ts';
import { makeArchiveCorpus } from './archive-corpus.ts';
import { seededRandom } from './corpus.ts';

/** Misspellings sampled per archive. */
const SAMPLES = 200;

const gzipped = (text: string) => gzipSync(text).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;

interface ShardFiles {
  /** Gzipped bytes by file key, and of the list of files. */
  readonly sizes: Map<string, number>;
  readonly list: number;
  readonly raw: number;
}

function measure(count: number): void {
  const { sources } = makeArchiveCorpus(count);
  const shards: ShardFiles[] = [];
  const archive = new Set<string>();
  for (let start = 0; start < sources.length; start += DEFAULT_SHARD_STORIES) {
    const counts = countWords(sources.slice(start, start + DEFAULT_SHARD_STORIES).map((source) => source.text));
    for (const word of counts.keys()) archive.add(word);
    const sizes = new Map<string, number>();
    let raw = 0;
    for (const [key, words] of splitIntoBuckets(counts)) {
      const json = JSON.stringify(words);
      raw += Buffer.byteLength(json);
      sizes.set(key, gzipped(json));
    }
    const list = JSON.stringify([...sizes.keys()]);
    shards.push({ sizes, list: gzipped(list), raw: raw + list.length });
  }
  // A misspelling: an archive word with one letter after the first two changed.
  const random = seededRandom(11);
  const words = [...archive].filter((word) => word.length >= 5);
  const fetched: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const word = words[Math.floor(random() * words.length)]!;
    const at = 2 + Math.floor(random() * (word.length - 2));
    const typo = `${word.slice(0, at)}${word[at] === 'e' ? 'a' : 'e'}${word.slice(at + 1)}`;
    fetched.push(
      shards.reduce(
        (sum, shard) => sum + shard.list + bucketsNear(typo).reduce((s, key) => s + (shard.sizes.get(key) ?? 0), 0),
        0,
      ),
    );
  }
  const files = shards.flatMap((shard) => [...shard.sizes.values()]);
  const total = files.reduce((a, b) => a + b, 0) + shards.reduce((a, shard) => a + shard.list, 0);
  console.log(
    [
      `${count} stories, ${shards.length} shard(s): ${archive.size} distinct words`,
      `  all shards' vocabulary: ${kib(shards.reduce((a, s) => a + s.raw, 0))} as written, ${kib(total)} gzipped, in ${files.length + shards.length} files`,
      `  one file, gzipped: median ${kib(percentile(files, 0.5))}, largest ${kib(Math.max(...files))}`,
      `  fetched for one misspelt word (${SAMPLES} samples), gzipped: median ${kib(percentile(fetched, 0.5))}, 95th percentile ${kib(percentile(fetched, 0.95))}`,
    ].join('\n'),
  );
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [10_000]) measure(count);
