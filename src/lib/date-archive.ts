import { formatPeriodInTrail, UNDATED_LABEL } from './format-date.ts';
import { pad2 } from '../entry/published-date.ts';
import type { Story } from './story.ts';
import { UNDATED_PATH } from '../entry/story-path.ts';

export type PeriodLevel = 'year' | 'month' | 'day';

/**
 * A year, month or day of the archive that has stories. A story belongs to
 * the periods its date is precise enough for: one dated "2021" is in the
 * year 2021 but in no month or day of it.
 */
export interface Period<S extends Story = Story> {
  readonly level: PeriodLevel;
  readonly year: number;
  /** 1–12 for months and days. */
  readonly month?: number;
  readonly day?: number;
  /** Site path: /2020/, /2020/10/, /2020/10/01/. */
  readonly path: string;
  /** Newest first. */
  readonly stories: readonly S[];
  /** Months of a year or days of a month that have stories, in calendar order. */
  readonly children: readonly Period<S>[];
}

export function periodPath(year: number, month?: number, day?: number): string {
  if (month === undefined) return `/${year}/`;
  if (day === undefined) return `/${year}/${pad2(month)}/`;
  return `/${year}/${pad2(month)}/${pad2(day)}/`;
}

interface Builder<S extends Story> {
  stories: S[];
  children: Map<number, Builder<S>>;
}

function freeze<S extends Story>(builder: Builder<S>, level: PeriodLevel, parts: number[]): Period<S> {
  const [year, month, day] = parts as [number, number?, number?];
  const childLevel: PeriodLevel | undefined = level === 'year' ? 'month' : level === 'month' ? 'day' : undefined;
  const children = childLevel
    ? [...builder.children].sort(([a], [b]) => a - b).map(([n, child]) => freeze(child, childLevel, [...parts, n]))
    : [];
  return {
    level,
    year,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    path: periodPath(year, month, day),
    stories: builder.stories,
    children,
  };
}

/**
 * The date archive: every year with stories, newest year first, each with
 * its months and days. Stories keep the order given (newest first when
 * given newest first); each is filed under its period (story.ts: days are
 * those of the archive's time zone). Undated stories are in no period:
 * they are listed at /undated/.
 */
export function buildDateArchive<S extends Story>(stories: readonly S[]): Period<S>[] {
  const years = new Map<number, Builder<S>>();
  const child = (parent: Map<number, Builder<S>>, n: number) => {
    let builder = parent.get(n);
    if (!builder) parent.set(n, (builder = { stories: [], children: new Map() }));
    return builder;
  };
  for (const story of stories) {
    if (story.period === undefined) continue;
    const { year, month, day } = story.period;
    const yearBuilder = child(years, year);
    yearBuilder.stories.push(story);
    if (month === undefined) continue;
    const monthBuilder = child(yearBuilder.children, month);
    monthBuilder.stories.push(story);
    if (day === undefined) continue;
    child(monthBuilder.children, day).stories.push(story);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, builder]) => freeze(builder, 'year', [year]));
}

/** Every period of the archive (years, months, days) in one list. */
export function allPeriods<S extends Story>(years: readonly Period<S>[]): Period<S>[] {
  return years.flatMap((year) => [year, ...year.children.flatMap((month) => [month, ...month.children])]);
}

export interface AdjacentPeriods<S extends Story> {
  readonly earlier?: Period<S>;
  readonly later?: Period<S>;
}

/** What a link to a period needs: its date and address, not its stories. */
export type PeriodLink = Pick<Period, 'level' | 'year' | 'month' | 'day' | 'path'>;

export function periodLink(period: Period): PeriodLink {
  const { level, year, month, day, path } = period;
  return { level, year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}), path };
}

/**
 * For every period, the periods of the same level just before and after it
 * that have stories, keyed by path: computed once for the whole archive.
 */
export function adjacentPeriods<S extends Story>(years: readonly Period<S>[]): Map<string, AdjacentPeriods<S>> {
  const byLevel = Map.groupBy(allPeriods(years), (period) => period.level);
  const adjacent = new Map<string, AdjacentPeriods<S>>();
  for (const periods of byLevel.values()) {
    const chronological = periods.sort((a, b) => a.path.localeCompare(b.path));
    chronological.forEach((period, index) => {
      const earlier = chronological[index - 1];
      const later = chronological[index + 1];
      adjacent.set(period.path, { ...(earlier ? { earlier } : {}), ...(later ? { later } : {}) });
    });
  }
  return adjacent;
}

/**
 * The periods from the year down to the given date, as far as the date goes
 * and the archive has them: [2020], [2020, October 2020], or all three.
 */
export function periodTrail<S extends Story>(
  years: readonly Period<S>[],
  date: { readonly year: number; readonly month?: number | undefined; readonly day?: number | undefined },
): Period<S>[] {
  const year = years.find((y) => y.year === date.year);
  if (!year) return [];
  const month = date.month === undefined ? undefined : year.children.find((m) => m.month === date.month);
  const day = month && date.day !== undefined ? month.children.find((d) => d.day === date.day) : undefined;
  return [year, ...(month ? [month] : []), ...(day ? [day] : [])];
}

/** Breadcrumbs from the home page through the date archive to the list of undated stories: Home › Dates › Undated. */
export function undatedCrumbs(): { label: string; path: string }[] {
  return [
    { label: 'Home', path: '/' },
    { label: 'Dates', path: '/archive/' },
    { label: UNDATED_LABEL, path: UNDATED_PATH },
  ];
}

/** Breadcrumbs from the home page through the date archive down to a date: Home › Dates › 2020 › October › October 1. */
export function dateCrumbs(
  years: readonly Period[],
  date: { readonly year: number; readonly month?: number | undefined; readonly day?: number | undefined },
): { label: string; path: string }[] {
  return [
    { label: 'Home', path: '/' },
    { label: 'Dates', path: '/archive/' },
    ...periodTrail(years, date).map((period) => ({ label: formatPeriodInTrail(period), path: period.path })),
  ];
}
