/**
 * `npm run build:merge -- --outDir dist [--move] PART...`: joins the parts of a build
 * split across machines into one site with one search (src/build/merge-parts.ts).
 * On any problem nothing is written to the output folder and the exit status is 1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeParts } from '../src/build/merge-parts.ts';
import { clearLeftovers } from '../src/build/publish-site.ts';

const { values, positionals } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, move: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const outDir = resolve(values.outDir);
const parts = positionals.map((part) => resolve(part));
const repeated = parts.find((part, i) => parts.indexOf(part) !== i);
if (repeated) {
  console.error(`${repeated}: given twice; name each part once`);
  process.exit(1);
}
if (parts.length === 0) {
  console.error(
    'Usage: npm run build:merge -- --outDir dist [--move] PART... (each PART built with SEARCH_SHARD=<id> npm run build)',
  );
  process.exit(1);
}
const restored = clearLeftovers(outDir);
if (restored) console.log(restored);
try {
  await mergeParts(parts, outDir, { move: values.move, log: (line) => console.log(line) });
} catch (problem) {
  console.error(problem instanceof Error ? problem.message : problem);
  process.exit(1);
}
