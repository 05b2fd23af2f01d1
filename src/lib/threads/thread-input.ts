import { daysInMonth } from '../../entry/published-date.ts';
import type { DatedStory } from '../story.ts';
import type { ThreadInput } from './group-threads.ts';

const DAY_MS = 86_400_000;

/** The days a story's date could mean, in the archive's time zone (its period): "2021" is the whole year. */
export function dateSpan(story: DatedStory): { start: number; end: number } {
  const { year, month, day } = story.period;
  const at = (m: number, d: number) => Date.UTC(year, m - 1, d) / DAY_MS;
  if (month === undefined) return { start: at(1, 1), end: at(12, 31) };
  if (day === undefined) return { start: at(month, 1), end: at(month, daysInMonth(year, month)) };
  return { start: at(month, day), end: at(month, day) };
}

/** What grouping reads of a story: its path, date span, people, topics, headline and text, and the editor's pin. */
export function threadInput(story: DatedStory, bodyText: string): ThreadInput {
  const { people = [], topics = [], headline, dek, thread } = story.data;
  return {
    key: story.path,
    ...dateSpan(story),
    people,
    topics,
    text: [headline, dek ?? '', bodyText].join('\n'),
    pin: thread,
  };
}
