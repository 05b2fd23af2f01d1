import { excerptNodes } from './excerpt.ts';
import { withHighlight } from './highlight-terms.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { effectiveSort, hasFilters, serialiseSearchState, withoutFilters, type SearchState } from './search-state.ts';

/** " (estimated)" after a result's date, marked as the story page marks it. */
function markedEstimate(words: string): HTMLSpanElement {
  const mark = document.createElement('span');
  mark.className = 'estimate';
  mark.textContent = ` ${words}`;
  return mark;
}

/**
 * One result: the headline linking to the story (carrying the search's terms,
 * which the story page highlights), its date (with its bound's words or its
 * estimate mark, as the story page shows it) and publication, and the
 * excerpt with matches marked.
 */
export function renderResult(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = withHighlight(data.url, terms);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const about = document.createElement('p');
  about.className = 'search-meta';
  if (data.meta.date) {
    // A date that is a bound reads as its page says it: "On or after November 30, 2020".
    if (data.meta.bound) about.append(`${data.meta.bound} `);
    // An undated story's "date" is the word "Undated", with no datetime: not a <time>.
    const date = document.createElement(data.meta.datetime ? 'time' : 'span');
    date.textContent = data.meta.date;
    if (date instanceof HTMLTimeElement) date.dateTime = data.meta.datetime!;
    about.append(date);
    if (data.meta.estimate) about.append(markedEstimate(data.meta.estimate));
  }
  if (data.meta.publication) {
    const publication = document.createElement('span');
    publication.className = 'search-publication';
    publication.textContent = data.meta.publication;
    about.append(...(about.childNodes.length > 0 ? [' · '] : []), publication);
  }
  if (about.childNodes.length > 0) item.append(about);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

const ORDER_WORDS = { relevance: 'best match first', newest: 'newest first', oldest: 'oldest first' } as const;

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** A search that has read only part of the archive: the years it read, and which way the rest lies. */
export interface PartSearched {
  /** "2019–2021" */
  readonly span: string;
  readonly rest: 'earlier' | 'later';
}

/**
 * What the status line says about a search: how many stories match and in
 * what order, or, when none do, that plainly, with ways on: the same search
 * without its filters, and the date archive. A search of part of the archive
 * (`part`) says which years it searched and that the others are not searched
 * yet, never a total it does not know.
 */
export function describeStatus(
  count: number,
  state: SearchState,
  base: string,
  part?: PartSearched,
): (Node | string)[] {
  // Words are quoted as typed; a query with its own quotes (a phrase) is shown as it is.
  const words = state.q ? (state.q.includes('"') ? state.q : `“${state.q}”`) : '';
  const filtered = hasFilters(state);
  const what = [words, filtered ? (words ? 'with the filters chosen' : 'the filters chosen') : '']
    .filter(Boolean)
    .join(' ');
  const where = part ? ` in ${part.span}` : '';
  const rest = part ? `; ${part.rest} years are not searched yet.` : '.';
  if (count > 0) {
    const stories = `${count} ${count === 1 ? 'story matches' : 'stories match'}`;
    return [`${stories} ${what}${where}, ${ORDER_WORDS[effectiveSort(state)]}${rest}`];
  }
  if (part) return [`No stories match ${what}${where}${rest}`];
  const parts: (Node | string)[] = [`No stories match ${what}.`];
  if (state.q && !filtered) parts.push(' Try fewer or different words, or ');
  else parts.push(' ');
  if (filtered) {
    const query = serialiseSearchState(withoutFilters(state));
    parts.push(link(`${base}search/${query ? `?${query}` : ''}`, 'Clear the filters'), ', or ');
  }
  parts.push(
    link(`${base}archive/`, filtered || state.q ? 'browse the archive by date' : 'Browse the archive by date'),
    '.',
  );
  return parts;
}
