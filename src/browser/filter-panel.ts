import { MONTH_NAMES } from '../entry/month-names.ts';
import type { FilterName, SearchState } from './search-state.ts';

/** Stories per value, for each filter, as Pagefind counts them. */
export type FilterCounts = Partial<Record<FilterName, Record<string, number>>>;

const LEGENDS: Record<FilterName, string> = {
  year: 'Year',
  month: 'Month',
  publication: 'Publication',
  topic: 'Topic',
  person: 'Person',
  thread: 'Story thread',
};

/** "2020-10" → "October 2020"; other filters' values are shown as they are. */
export function filterLabel(name: FilterName, value: string): string {
  if (name !== 'month') return value;
  const [year, month] = value.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1];
  return monthName && year ? `${monthName} ${year}` : value;
}

/** Years and months in date order; labels alphabetically, in the reader's language rules. */
function orderValues(name: FilterName, values: string[]): string[] {
  return name === 'year' || name === 'month' ? values.sort() : values.sort((a, b) => a.localeCompare(b));
}

/** Filters whose lists grow with the archive, and how many of their values show until the reader asks for all. */
const SHORT_LIST: Partial<Record<FilterName, number>> = { publication: 12, topic: 12, person: 12, thread: 12 };

const PLURALS: Record<FilterName, string> = {
  year: 'years',
  month: 'months',
  publication: 'publications',
  topic: 'topics',
  person: 'people',
  thread: 'story threads',
};

/**
 * The values a filter offers: those with a story in the current search, and
 * any ticked; months only of ticked years. A long list of publications,
 * topics or people shows, until `expanded`, the values with the most stories
 * (and every ticked one), most first; `hidden` says how many more there are.
 */
export function shownFilterValues(
  name: FilterName,
  counts: Readonly<Record<string, number>>,
  state: SearchState,
  expanded: boolean,
): { values: string[]; hidden: number } {
  const ticked = state.filters[name];
  let values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || ticked.includes(value));
  if (name === 'month')
    values = values.filter((value) => state.filters.year.some((year) => value.startsWith(`${year}-`)));
  const all = orderValues(name, [...new Set([...values, ...ticked])]);
  const limit = SHORT_LIST[name];
  if (expanded || limit === undefined || all.length <= limit) return { values: all, hidden: 0 };
  const byCount = [...all].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  const top = new Set([...byCount.slice(0, limit), ...ticked]);
  const shown = byCount.filter((value) => top.has(value));
  return { values: shown, hidden: all.length - shown.length };
}

/**
 * One fieldset of checkboxes per filter, each value with its visible label
 * and count; the month fieldset appears once a year is ticked. The checkboxes
 * carry the URL parameter as name and value, as a form would send them. A
 * shortened list ends with a button (`data-show-all` naming the filter) that
 * asks for the rest.
 */
export function renderFilterPanel(
  counts: FilterCounts,
  state: SearchState,
  order: readonly FilterName[],
  expanded: ReadonlySet<FilterName> = new Set(),
): HTMLFieldSetElement[] {
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const name of order) {
    const { values, hidden } = shownFilterValues(name, counts[name] ?? {}, state, expanded.has(name));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = `search-filter search-filter-${name}`;
    const legend = document.createElement('legend');
    legend.textContent = LEGENDS[name];
    const list = document.createElement('ul');
    for (const value of values) {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = state.filters[name].includes(value);
      const count = document.createElement('span');
      count.className = 'search-filter-count';
      count.textContent = `(${counts[name]?.[value] ?? 0})`;
      label.append(box, ` ${filterLabel(name, value)} `, count);
      item.append(label);
      list.append(item);
    }
    fieldset.append(legend, list);
    if (hidden > 0) {
      const all = document.createElement('button');
      all.type = 'button';
      all.className = 'search-filter-all';
      all.dataset['showAll'] = name;
      all.textContent = `All ${values.length + hidden} ${PLURALS[name]}`;
      fieldset.append(all);
    }
    fieldsets.push(fieldset);
  }
  return fieldsets;
}
