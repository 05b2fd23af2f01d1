import { clipText } from './clip-text.ts';
import { formatPeriod } from './format-date.ts';
import { isDated, type Story } from './story.ts';

/** The orders a list of stories is shown in. */
export type ListOrder = 'newest first' | 'by headline';

/** Headlines are cut to this many characters where a span names them. */
const HEADLINE_IN_SPAN = 40;

/**
 * What one page of a list holds, from its own stories alone (so it does not
 * change as the list grows): "from March 3, 2020 to April 9, 2020", "of
 * March 3, 2020", "from 2019 to May 2020, and 2 undated", "without a date";
 * for a list by headline, "from “Almanac…” to “Zeppelin…”". Stories are
 * given in the list's order: newest first, or by headline.
 */
export function describePageSpan(stories: readonly Story[], order: ListOrder): string {
  if (order === 'by headline') {
    const [first, last] = [stories[0], stories.at(-1)].map((s) => clipText(s?.data.headline ?? '', HEADLINE_IN_SPAN));
    return `from “${first}” to “${last}”`;
  }
  // A story's date as the day, month or year it is known to (its period): an instant is its calendar day, with no time.
  const days = stories.filter(isDated).map((story) => formatPeriod(story.period));
  const undated = stories.length - days.length;
  const [newest, oldest] = [days[0], days.at(-1)];
  if (newest === undefined || oldest === undefined) return 'without a date';
  const span = newest === oldest ? `of ${newest}` : `from ${oldest} to ${newest}`;
  return undated > 0 ? `${span}, and ${undated} undated` : span;
}
