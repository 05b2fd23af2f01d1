import { readCatalogue } from '../content-loader/catalogue.ts';
import { readEntryAccounts } from './reconcile-inputs.ts';
import { isUndatedPath, yearOfStoryPath, type YearRange } from '../lib/search-shards.ts';
import { toStory } from '../lib/story.ts';

/**
 * Before one job of a split build: the catalogue must hold every story of
 * the other jobs' years, as their `astro sync` wrote it (docs/deploying.md, "beyond one
 * machine"), or the job would build its pages from part of the archive.
 * Compares the entries' story URLs outside `years` with the catalogue's;
 * throws naming the first few missing or extra and what to run.
 */
export async function checkCatalogue(contentDir: string, dir: string, years: YearRange, shard: string): Promise<void> {
  // Every job holds the undated stories (articles-loader.ts): none is outside its years.
  const outside = (year: number | undefined) => year !== undefined && (year < years.firstYear || year > years.lastYear);
  // The entry accounts give only each story's path, so its year is read from the path.
  const wanted = new Set(
    (await readEntryAccounts(contentDir))
      .map((entry) => entry.path)
      .filter((path) => outside(isUndatedPath(path) ? undefined : yearOfStoryPath(path))),
  );
  const catalogued = new Set(
    readCatalogue(dir)
      .map((record) => toStory(record))
      .filter((story) => outside(story.period?.year))
      .map((story) => story.path),
  );
  const missing = [...wanted].filter((path) => !catalogued.has(path));
  const extra = [...catalogued].filter((path) => !wanted.has(path));
  if (missing.length === 0 && extra.length === 0) return;
  const some = (paths: string[]) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
  throw new Error(
    `${dir}: the catalogue does not match the archive outside shard ${shard}` +
      (missing.length > 0 ? `; ${missing.length} stories missing (${some(missing)})` : '') +
      (extra.length > 0 ? `; ${extra.length} stories no entry has (${some(extra)})` : '') +
      `. Run \`SEARCH_SHARD=<id> npx astro sync\` for every other shard first (or bring their catalogue), then build this one.`,
  );
}
