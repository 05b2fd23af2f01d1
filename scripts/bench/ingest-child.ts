/**
 * Runs one ingest in this process and prints its figures as JSON on the
 * last line: the benchmark runs it as a child so that peak memory is the
 * ingest's alone. Usage: node scripts/bench/ingest-child.ts <project> <folder>
 */
import { runIngest } from '../../src/ingest/run.ts';

const [root, folder] = process.argv.slice(2);
if (!root || !folder) throw new Error('usage: ingest-child.ts <project> <folder>');
let report = '';
const started = performance.now();
const exitCode = await runIngest({
  root,
  paths: [folder],
  force: false,
  verbose: false,
  json: true,
  out: (line) => (report += line),
  err: () => {},
});
const ms = performance.now() - started;
const { counts } = JSON.parse(report) as { counts: Record<string, number> };
console.log(JSON.stringify({ ms, exitCode, counts, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
