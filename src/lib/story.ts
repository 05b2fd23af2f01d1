import { archive } from '../entry/config.ts';
import type { Article } from '../entry/article.ts';
import {
  type CalendarPeriod,
  calendarPeriod,
  type PublishedDate,
  parsePublished,
  sortKey,
} from '../entry/published-date.ts';
import { describeCollisions, findPathCollisions, storyPathAt } from '../entry/story-path.ts';

/**
 * A story as the archive index and the pages know it: its entry's id and
 * data, with what every page needs computed once. Plain data, without the
 * content entry or its text: a list page that shows a story hashes it by
 * value (cache-key.ts), and the text is the story's body (stories.ts),
 * which only its own page, the feeds and the archive index read.
 */
export interface Story {
  readonly id: string;
  readonly data: Article;
  readonly path: string;
  /** Absent for an undated story: its source gives no date (it lives at /undated/<slug>/). */
  readonly published?: PublishedDate;
  /**
   * Where the date archive files the story, as its URL has it: the year,
   * month and day of its calendar day in the archive's time zone, as far as
   * its date is precise. Absent for an undated story.
   */
  readonly period?: CalendarPeriod;
  /** True when the date was inferred from the text: readers see it marked as an estimate. */
  readonly dateIsEstimate: boolean;
  /** Chronological; empty for an undated story, which sorts after every dated one. */
  readonly sortKey: string;
}

/**
 * The one place the site turns an entry into a story: its `published` is
 * parsed here, once, and what the pages need of it is kept on the story as
 * data (the date, its period, its sort key and the URL made from them), so
 * nothing after this parses the date again or reads the year back out of
 * the URL. `timeZone` is the archive's; tests may give another.
 */
export function toStory(entry: { id: string; data: Article }, timeZone: string = archive.timeZone): Story {
  const { id, data } = entry;
  if (data.published === undefined) {
    return { id, data, path: storyPathAt(undefined, data.slug), dateIsEstimate: false, sortKey: '' };
  }
  const parsed = parsePublished(data.published);
  // The schema has already validated `published`; this guards hand-built inputs in tests.
  if (!parsed.ok) throw new Error(`${id}: published: ${parsed.reason}`);
  const period = calendarPeriod(parsed.date, timeZone);
  return {
    id,
    data,
    path: storyPathAt(period, data.slug),
    published: parsed.date,
    period,
    dateIsEstimate: data.provenance.published?.method === 'inferred',
    sortKey: sortKey(parsed.date, timeZone),
  };
}

/** A story with a date, as the date archive, the feeds and the threads need. */
export type DatedStory<S extends Story = Story> = S & {
  readonly published: PublishedDate;
  readonly period: CalendarPeriod;
};

export function isDated<S extends Story>(story: S): story is DatedStory<S> {
  return story.published !== undefined;
}

/** Undated stories by headline, then id: the order of the /undated/ list. */
export function compareByHeadline(a: Story, b: Story): number {
  return a.data.headline.localeCompare(b.data.headline) || a.id.localeCompare(b.id);
}

/**
 * Newest first, undated stories last (by headline); ties broken by
 * headline, then id, so the order is stable.
 */
export function compareNewestFirst(a: Story, b: Story): number {
  return (
    b.sortKey.localeCompare(a.sortKey) || a.data.headline.localeCompare(b.data.headline) || a.id.localeCompare(b.id)
  );
}

/**
 * Stories newest first. Fails when two entries claim one URL, naming both
 * files, rather than letting one page silently replace the other.
 */
export function toStories(entries: readonly { id: string; data: Article; filePath?: string | undefined }[]): Story[] {
  const stories = entries.map((entry) => toStory(entry));
  const collisions = findPathCollisions(
    stories.map((story, i) => ({ file: entries[i]!.filePath ?? story.id, path: story.path })),
  );
  if (collisions.length > 0) throw new Error(`Two entries have the same URL:\n${describeCollisions(collisions)}`);
  return stories.sort(compareNewestFirst);
}
