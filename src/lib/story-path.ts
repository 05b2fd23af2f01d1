import { archive } from '../config.ts';
import { calendarDate, pad2, parsePublished } from './published-date.ts';

/** The fields of an entry that decide its URL. An undated story has no `published`. */
export interface StoryAddress {
  readonly published?: string | undefined;
  readonly slug: string;
}

/** Where undated stories live, outside the date tree: their list, and each story under it. */
export const UNDATED_PATH = '/undated/';

/**
 * The one place story URLs are made: `/YYYY/MM/DD/slug/`, the date being the
 * publication day in the archive's time zone, or `/undated/slug/` for a
 * story whose source gives no date. Pages, feeds, the sitemap, JSON-LD and
 * search records all go through this function.
 */
export function storyPath(story: StoryAddress, timeZone: string = archive.timeZone): string {
  if (story.published === undefined) return `${UNDATED_PATH}${story.slug}/`;
  const parsed = parsePublished(story.published);
  if (!parsed.ok) throw new Error(`Cannot build a URL for slug "${story.slug}": ${parsed.reason}`);
  const { year, month, day } = calendarDate(parsed.date, timeZone);
  return `/${year}/${pad2(month)}/${pad2(day)}/${story.slug}/`;
}

/** True for the path of an undated story (`/undated/slug/`), false for a dated one's. */
export function isUndatedStoryPath(path: string): boolean {
  return /^\/?undated\/[^/]+\/$/.test(path);
}

/**
 * Where storyPath's pages are in the built site, as a glob (for Pagefind) and
 * as a test (for reconciliation): `YYYY/MM/DD/<slug>/index.html` and
 * `undated/<slug>/index.html`. The glob also takes a day's `page/` folder,
 * which has no story and no search record. Given years, the glob takes only
 * their story pages (a search shard's), and the undated stories' only when
 * `undated` is true (the shard that holds them; see search-shards.ts).
 */
export function storyPageFilesGlob(years?: readonly number[], undated: boolean = years === undefined): string {
  const year =
    years === undefined ? '[0-9][0-9][0-9][0-9]' : years.length === 1 ? `${years[0]}` : `{${years.join(',')}}`;
  const dated = `${year}/[0-9][0-9]/[0-9][0-9]/*/index.html`;
  return undated ? `{${dated},undated/*/index.html}` : dated;
}
export function isStoryPageFile(file: string): boolean {
  return /^(?:\d{4}\/\d{2}\/\d{2}|undated)\/[^/]+\/index\.html$/.test(file) && !file.endsWith('/page/index.html');
}

export interface StoryPathCollision {
  readonly path: string;
  /** The files (or ids) that all want this URL, in input order. */
  readonly files: readonly string[];
}

/** Every URL claimed by more than one entry. An empty list means all URLs are unique. */
export function findStoryPathCollisions(
  entries: Iterable<{ readonly file: string; readonly data: StoryAddress }>,
  timeZone: string = archive.timeZone,
): StoryPathCollision[] {
  const byPath = new Map<string, string[]>();
  for (const entry of entries) {
    const path = storyPath(entry.data, timeZone);
    byPath.set(path, [...(byPath.get(path) ?? []), entry.file]);
  }
  return [...byPath].filter(([, files]) => files.length > 1).map(([path, files]) => ({ path, files }));
}

/** One message per collision, naming the files and what to change. */
export function describeCollisions(collisions: readonly StoryPathCollision[]): string {
  return collisions
    .map(
      ({ path, files }) =>
        `${files.join(' and ')}: field "slug": the same URL ${path} (${isUndatedStoryPath(path) ? 'both undated, same slug' : 'same day and slug'}); give one of them a different slug`,
    )
    .join('\n');
}
