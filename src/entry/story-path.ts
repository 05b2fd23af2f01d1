import { archive } from './config.ts';
import { type CalendarPeriod, calendarPeriod, pad2, parsePublished } from './published-date.ts';

/** The fields of an entry that decide its URL. An undated story has no `published`. */
export interface StoryAddress {
  readonly published?: string | undefined;
  readonly slug: string;
}

/** Where undated stories live, outside the date tree: their list, and each story under it. */
export const UNDATED_PATH = '/undated/';

/**
 * The one place story URLs are made, as precise as the story's date:
 * `/YYYY/MM/DD/slug/` for a day (the publication day in the archive's time
 * zone), `/YYYY/MM/slug/` for a date known only to the month, `/YYYY/slug/`
 * for one known only to the year, and `/undated/slug/` for a story whose
 * source gives no date. Pages, feeds, the sitemap, JSON-LD and search records
 * all go through this function, or, from the date a story has already parsed
 * (story.ts), through storyPathAt, which makes the URL here. The shorter shapes share their folders with
 * the date archive (`/YYYY/MM/`, `/YYYY/MM/DD/`, `…/page/N/`), which is why a
 * slug must hold a letter and must not be `page` (isReservedSlug).
 */
export function storyPath(story: StoryAddress, timeZone: string = archive.timeZone): string {
  if (story.published === undefined) return storyPathAt(undefined, story.slug);
  const parsed = parsePublished(story.published);
  if (!parsed.ok) throw new Error(`Cannot build a URL for slug "${story.slug}": ${parsed.reason}`);
  return storyPathAt(calendarPeriod(parsed.date, timeZone), story.slug);
}

/**
 * storyPath's URL from a date already parsed (story.ts keeps it as the
 * story's period): `period` is the story's calendarPeriod in the archive's
 * time zone, absent for an undated story.
 */
export function storyPathAt(period: CalendarPeriod | undefined, slug: string): string {
  if (period === undefined) return `${UNDATED_PATH}${slug}/`;
  const { year, month, day } = period;
  if (month === undefined) return `/${year}/${slug}/`;
  if (day === undefined) return `/${year}/${pad2(month)}/${slug}/`;
  return `/${year}/${pad2(month)}/${pad2(day)}/${slug}/`;
}

/**
 * True for a slug that could be a folder of the date archive beside a story
 * of reduced precision: one of digits only (`/2021/03/` is March, not a story
 * slugged "03") or `page` (`/2021/page/2/` is the year's second page).
 */
export function isReservedSlug(slug: string): boolean {
  return slug === 'page' || /^[0-9-]+$/.test(slug);
}

/**
 * The parts of a dated story's path (storyPathAt's), as the story page
 * routes take them (src/pages/[year]/), from the story's period and slug.
 */
export function storyPathParams(
  period: CalendarPeriod,
  slug: string,
): { year: string; month?: string; day?: string; slug: string } {
  const { year, month, day } = period;
  return {
    year: String(year),
    ...(month !== undefined ? { month: pad2(month) } : {}),
    ...(day !== undefined ? { day: pad2(day) } : {}),
    slug,
  };
}

/** True for the path of an undated story (`/undated/slug/`), false for a dated one's. */
export function isUndatedStoryPath(path: string): boolean {
  return /^\/?undated\/[^/]+\/$/.test(path);
}

/**
 * Where storyPath's pages are in the built site, as a glob (for Pagefind) and
 * as a test (for reconciliation): `YYYY/MM/DD/<slug>/index.html`,
 * `YYYY/MM/<slug>/index.html`, `YYYY/<slug>/index.html` and
 * `undated/<slug>/index.html`. A slug holds a letter and the date archive's
 * folders below a year are digits, so a month's or day's list page is not
 * taken; a `page/` folder (a list's later pages) has no index.html of its
 * own. Given years, the glob takes only their story pages (a search
 * shard's), and the undated stories' only when `undated` is true (the shard
 * that holds them; see search-shards.ts).
 */
export function storyPageFilesGlob(years?: readonly number[], undated: boolean = years === undefined): string {
  const year =
    years === undefined ? '[0-9][0-9][0-9][0-9]' : years.length === 1 ? `${years[0]}` : `{${years.join(',')}}`;
  const slug = '*[a-z]*/index.html';
  const dated = [`${year}/${slug}`, `${year}/[0-9][0-9]/${slug}`, `${year}/[0-9][0-9]/[0-9][0-9]/${slug}`];
  return `{${[...dated, ...(undated ? [`undated/${slug}`] : [])].join(',')}}`;
}
export function isStoryPageFile(file: string): boolean {
  const match = /^(?:\d{4}(?:\/\d{2}){0,2}|undated)\/([^/]+)\/index\.html$/.exec(file);
  return match !== null && !isReservedSlug(match[1]!);
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
  return findPathCollisions([...entries].map((entry) => ({ file: entry.file, path: storyPath(entry.data, timeZone) })));
}

/** The same, for entries whose URL is already made (story.ts). */
export function findPathCollisions(
  entries: Iterable<{ readonly file: string; readonly path: string }>,
): StoryPathCollision[] {
  const byPath = new Map<string, string[]>();
  for (const { file, path } of entries) byPath.set(path, [...(byPath.get(path) ?? []), file]);
  return [...byPath].filter(([, files]) => files.length > 1).map(([path, files]) => ({ path, files }));
}

/** One message per collision, naming the files and what to change. */
export function describeCollisions(collisions: readonly StoryPathCollision[]): string {
  return collisions
    .map(
      ({ path, files }) =>
        `${files.join(' and ')}: field "slug": the same URL ${path} (${isUndatedStoryPath(path) ? 'both undated, same slug' : 'same date and slug'}); give one of them a different slug`,
    )
    .join('\n');
}
