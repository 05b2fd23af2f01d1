/**
 * `npm run ingest [-- paths…] [--force]`: turns raw sources into entries in
 * content/articles/. Paths default to every file in content/sources/; content/
 * is the one under the current working directory.
 */
import { runIngest } from '../src/ingest/run.ts';

const USAGE = 'usage: npm run ingest [-- [--force] [source files…]]';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('-') && a !== '--force' && a !== '--');
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length > 0) {
  console.error(`ingest: unknown option ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}

process.exitCode = await runIngest({
  root: process.cwd(),
  paths: args.filter((a) => !a.startsWith('-')),
  force: args.includes('--force'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
