/**
 * `node scripts/bench/time-searches.ts <site folder> <word>…`: the benchmark's
 * first-search figures (search-timing.ts: the search page, typing each word
 * on a fresh page, in headless Chromium) for a site already built, such as a
 * benchmark run's kept one (`--keep`), to measure again on a quiet machine;
 * with the shards a first search read, and what going one shard further back
 * ("Search earlier years") took, when the search offered it.
 */
import { timeFirstSearches } from './search-timing.ts';

const [site, ...words] = process.argv.slice(2);
if (!site || words.length === 0) {
  console.error('usage: node scripts/bench/time-searches.ts <site folder> <word>…');
  process.exit(2);
}
for (const s of await timeFirstSearches(site, words)) {
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${s.word} (${s.status.replace(/,.*$/, '')}): typing → first result ${Math.round(s.firstResultMs)} ms, ` +
      `Enter → first result ${Math.round(s.firstResultOnEnterMs)} ms; transferred ${kilobytes(s.pagefindLoadBytes)} at load + ` +
      `${kilobytes(s.afterTypingBytes)} after typing (${s.afterTypingRequests} requests) = ${kilobytes(s.pagefindLoadBytes + s.afterTypingBytes)}; ` +
      `shards read: ${s.shardsFetched.join(', ')}`,
  );
  if (s.goingBack) {
    const back = s.goingBack;
    console.log(
      `  then "${back.label}": ${Math.round(back.ms)} ms to the new count; transferred ${kilobytes(back.bytes)} ` +
        `(${back.requests} requests; shards: ${back.shardsFetched.join(', ')})`,
    );
  }
}
