import { MONTH_NAMES } from '../lib/month-names.ts';
import type { FilterName, SearchState } from './search-state.ts';

/** Stories per value, for each filter, as Pagefind counts them. */
export type FilterCounts = Partial<Record<FilterName, Record<string, number>>>;

const LEGENDS: Record<FilterName, string> = {
  year: 'Year',
  month: 'Month',
  publication: 'Publication',
  topic: 'Topic',
  person: 'Person',
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

/** The values a filter offers: those with a story in the current search, and any ticked. Months only of ticked years. */
function shownValues(name: FilterName, counts: Record<string, number>, state: SearchState): string[] {
  const ticked = state.filters[name];
  let values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || ticked.includes(value));
  if (name === 'month')
    values = values.filter((value) => state.filters.year.some((year) => value.startsWith(`${year}-`)));
  return orderValues(name, [...new Set([...values, ...ticked])]);
}

/**
 * One fieldset of checkboxes per filter, each value with its visible label
 * and count; the month fieldset appears once a year is ticked. The checkboxes
 * carry the URL parameter as name and value, as a form would send them.
 */
export function renderFilterPanel(
  counts: FilterCounts,
  state: SearchState,
  order: readonly FilterName[],
): HTMLFieldSetElement[] {
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const name of order) {
    const values = shownValues(name, counts[name] ?? {}, state);
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
    fieldsets.push(fieldset);
  }
  return fieldsets;
}
