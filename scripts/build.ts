/**
 * `npm run build [-- --outDir DIR]`: builds the site and its search index
 * into a staging folder next to the output folder (default dist/), and only
 * when the build succeeds (pages, index and reconciliation) puts it in
 * place of the old one. A failed build leaves the last good site untouched
 * and exits with the build's status. Any other arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clearLeftovers, publishStaging, sideFolders } from './build/publish-site.ts';

const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' } },
  strict: false,
  tokens: true,
});
const passOn = tokens
  .filter((t) => !(t.kind === 'option' && t.name === 'outDir'))
  .flatMap((t) =>
    t.kind === 'positional' ? [t.value] : t.kind === 'option' ? [t.rawName, ...(t.value ? [t.value] : [])] : [],
  );
const outDir = resolve(String(values.outDir));
const { staging } = sideFolders(outDir);
clearLeftovers(outDir);

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const built = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...passOn], { stdio: 'inherit' });
if (built.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`;
  console.error(`\nBuild failed: ${kept}. Fix the problem above and build again.`);
  process.exit(built.status ?? 1);
}
publishStaging(outDir);
