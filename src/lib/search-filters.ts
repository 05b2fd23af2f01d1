import { archive } from '../config.ts';
import { calendarDate, pad2 } from './published-date.ts';
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

/**
 * The `data-pagefind-filter` values for a story's date: "year:2020", and
 * "month:2020-10" when the month is known. Pagefind takes one inline filter
 * per element, so they go on two elements.
 */
export function dateFilters(story: Story, timeZone: string = archive.timeZone): { year: string; month?: string } {
  const { year, month } = calendarDate(story.published, timeZone);
  return story.published.precision === 'year'
    ? { year: `year:${year}` }
    : { year: `year:${year}`, month: `month:${year}-${pad2(month)}` };
}
