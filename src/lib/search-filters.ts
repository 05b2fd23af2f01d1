import { pad2 } from '../entry/published-date.ts';
import type { Story } from './story.ts';
import type { TermKind } from './taxonomy.ts';

/**
 * The Pagefind filters a story is indexed under, by name. year and month
 * ("2020", "2020-10") come from the date in the archive's time zone, as far
 * as the date is known: a story dated only "2021" has a year and no month.
 * topic, person and publication come from the entry's labels.
 */
export const SEARCH_FILTER_OF: Readonly<Record<TermKind, string>> = {
  topics: 'topic',
  people: 'person',
  publications: 'publication',
};

/** The filter a story in a thread is indexed under, its value the thread's title (see components/MoreOnStory.astro). */
export const THREAD_FILTER = 'thread';

/**
 * The `data-pagefind-filter` values for a story's date, as far as it is
 * known: "year:2020", "month:2020-10" and "day:2020-10-15"; for a story known
 * only to its year or month, the period it is known to, "period:2021" or
 * "period:2021-03", instead of a day. Pagefind takes one inline filter per
 * element, so they go on separate elements. Readers see year and month as
 * filters; day and period are there for date ranges, which search writes as
 * whole years, whole months and single days, and the years and months it
 * overlaps in part (see src/browser/date-range.ts).
 */
export function dateFilters(story: Story): { year?: string; month?: string; day?: string; period?: string } {
  // An undated story has no date filters: a date range or a year never matches it.
  if (story.period === undefined) return {};
  // The story's period is its calendar day in the archive's time zone, as far as its date is precise (story.ts).
  const { year, month, day } = story.period;
  return {
    year: `year:${year}`,
    ...(month === undefined ? {} : { month: `month:${year}-${pad2(month)}` }),
    ...(month === undefined ? { period: `period:${year}` } : {}),
    ...(month !== undefined && day === undefined ? { period: `period:${year}-${pad2(month)}` } : {}),
    ...(month !== undefined && day !== undefined ? { day: `day:${year}-${pad2(month)}-${pad2(day)}` } : {}),
  };
}
