/**
 * `node scripts/bench-threads.ts [--stories N] [--runs N]`: the build-time cost
 * of story threads and linked quotes. On a synthetic archive
 * (tests/support/thread-corpus.ts: ~400-word stories in HTML paragraphs,
 * events of 1–11 stories over three years) it times, separately and in
 * total, what the build does for threads and quotes: recording the text
 * (paragraphs) from each rendered body's tree, as the Markdown pipeline does
 * when it renders (src/markdown/rehype-body-facts.ts; the trees are parsed
 * from the corpus's HTML before the clock starts), grouping, finding and linking quotes, and listing each
 * story's people (its thread's and its quotes'). Prints wall
 * and CPU seconds (median of the runs) and the candidate pairs compared
 * against all pairs; then the pairwise precision and recall on the labelled
 * corpus. Figures, not a pass/fail test.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { findQuotes } from '../src/lib/quotes/find-quotes.ts';
import { linkQuotes } from '../src/lib/quotes/link-quotes.ts';
import { listStoryPeople } from '../src/lib/people/story-people.ts';
import { bodyFacts } from '../src/markdown/rehype-body-facts.ts';
import type { Story } from '../src/lib/story.ts';
import { candidatePairs } from '../src/lib/threads/candidate-pairs.ts';
import { groupThreads, THREAD_TUNING } from '../src/lib/threads/group-threads.ts';
import { pairwiseScore, syntheticArchive, threadCorpus } from '../tests/support/thread-corpus.ts';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.stories);
const runs = Math.max(1, Number(values.runs));
const archive = syntheticArchive(count);

function time<T>(work: () => T): { result: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  return { result, wall: (performance.now() - started) / 1000, cpu: process.cpuUsage(cpu).user / 1e6 };
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const phases = {
  text: [] as number[][],
  threads: [] as number[][],
  quotes: [] as number[][],
  people: [] as number[][],
};
// What listing people reads of a story: its entry's people.
const stories = archive.map((story) => ({ data: { people: story.people } }) as unknown as Story);
const indexOf = new Map(stories.map((story, i) => [story, i]));
// The trees the pipeline holds when it records a body's facts.
const trees = archive.map((story) => fromHtml(story.html, { fragment: true }));
let threadCount = 0;
let sharedQuotes = 0;
for (let run = 0; run < runs; run += 1) {
  const text = time(() => trees.map((tree) => bodyFacts(tree).paragraphs));
  const threads = time(() =>
    groupThreads(archive.map((story, i) => ({ ...story, text: text.result[i]!.map((p) => p.text).join('\n') }))),
  );
  const found = archive.map((story, i) => findQuotes(text.result[i]!, story.people));
  const quotes = time(() =>
    linkQuotes(archive.map((story, i) => ({ key: story.key, quotes: findQuotes(text.result[i]!, story.people) }))),
  );
  const people = time(() =>
    listStoryPeople(
      stories,
      threads.result,
      (story) => text.result[indexOf.get(story)!]!,
      (i) => found[i]!,
    ),
  );
  phases.text.push([text.wall, text.cpu]);
  phases.threads.push([threads.wall, threads.cpu]);
  phases.quotes.push([quotes.wall, quotes.cpu]);
  phases.people.push([people.wall, people.cpu]);
  threadCount = threads.result.length;
  sharedQuotes = quotes.result.filter((quote) => quote.appearances.length > 1).length;
}

const pairs = candidatePairs(archive, (i) => archive[i]!.people, THREAD_TUNING).length;
console.log(
  `${count.toLocaleString('en')} synthetic stories, ${runs} runs, ${cpus().length} CPUs (${cpus()[0]?.model})`,
);
let wallTotal = 0;
let cpuTotal = 0;
for (const [name, list] of Object.entries(phases)) {
  const wall = median(list.map(([w]) => w!));
  const cpu = median(list.map(([, c]) => c!));
  wallTotal += wall;
  cpuTotal += cpu;
  console.log(`  ${name.padEnd(8)} ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
}
console.log(`  total    ${wallTotal.toFixed(2)} s wall, ${cpuTotal.toFixed(2)} s CPU`);
console.log(`  ${threadCount} threads, ${sharedQuotes} quotes shared by two or more stories`);
console.log(
  `  pairs from shared people alone: ${pairs.toLocaleString('en')} of ${((count * (count - 1)) / 2).toLocaleString('en')} possible`,
);
for (const seed of [9, 1, 2, 3, 4, 5]) {
  const corpus = threadCorpus(seed);
  const score = pairwiseScore(corpus, groupThreads(corpus));
  console.log(
    `labelled corpus, seed ${seed}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${corpus.length} stories)`,
  );
}
