/**
 * `npm run build [-- --outDir DIR] [--local]`: builds the site into the
 * output folder (default dist/) and swaps it in only once it is complete
 * (src/build/build-site.ts); a failed build leaves the last good site and
 * exits non-zero. Any other arguments go to `astro build`. Without
 * SITE_URL it warns first, unless `--local` says the site is only to be
 * viewed on this machine (`npm start`).
 */
import { resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { buildSite } from '../src/build/build-site.ts';
import { describeProblem, wantsTraces } from '../src/build/report.ts';
import { missingSiteUrlWarning } from '../src/deployment.ts';

const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, local: { type: 'boolean', default: false } },
  strict: false,
  tokens: true,
});
const passOn = tokens
  .filter((t) => !(t.kind === 'option' && (t.name === 'outDir' || t.name === 'local')))
  .flatMap((t) =>
    t.kind === 'positional' ? [t.value] : t.kind === 'option' ? [t.rawName, ...(t.value ? [t.value] : [])] : [],
  );
const traces = wantsTraces(passOn);
const siteUrlWarning = values.local ? undefined : missingSiteUrlWarning();
if (siteUrlWarning) console.warn(styleText(['bold', 'yellow'], siteUrlWarning, { stream: process.stderr }));
// What goes wrong outside a child, unforeseen: its message, its trace only when asked for.
process.on('uncaughtException', (problem) => {
  console.error(describeProblem(problem, traces));
  process.exit(1);
});
const status = await buildSite({
  outDir: resolve(String(values.outDir)),
  passOn,
  traces,
  log: (line) => console.log(line),
  warn: (line) => console.error(line),
});
if (status !== 0) process.exit(status);
