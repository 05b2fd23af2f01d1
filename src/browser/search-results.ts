import { excerptNodes } from './excerpt.ts';
import { withHighlight } from './highlight-terms.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { searchedWords, type UnknownWord } from './search-word-check.ts';
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

/** True when a word of a query, as typed, is searched as `word`. */
const typedAs = (part: string, word: string) => searchedWords(part).length === 1 && searchedWords(part)[0] === word;

/** The query with each of its words that is searched as `word` put as `by` instead, keeping quotes around it. */
export function withWordReplaced(query: string, word: string, by: string): string {
  return query
    .split(/(\s+)/)
    .map((part) => {
      if (!typedAs(part, word)) return part;
      const [, before = '', , after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(part) ?? [];
      return `${before}${by}${after}`;
    })
    .join('');
}

/** "a", "a or b", "a, b or c", joined around the nodes given. */
function orList(items: readonly Node[]): (Node | string)[] {
  return items.flatMap((item, index) => [...(index === 0 ? [] : [index === items.length - 1 ? ' or ' : ', ']), item]);
}

/**
 * What the status line says when some words of a search are in no story:
 * that plainly, word by word, with the nearest words stories do have, each a
 * link to the same search with that word instead; when none is near, ways on.
 */
export function describeUnknownWords(
  unknown: readonly UnknownWord[],
  state: SearchState,
  base: string,
): (Node | string)[] {
  const parts: (Node | string)[] = [];
  for (const [index, { word, suggestions }] of unknown.entries()) {
    // The word as the reader typed it ("SHA-256", not "sha256").
    const typed = state.q.split(/\s+/).find((part) => typedAs(part, word)) ?? word;
    parts.push(`${index === 0 ? '' : ' '}No story has the word “${typed.replaceAll('"', '')}”.`);
    if (suggestions.length === 0) continue;
    const links = suggestions.map((suggestion) => {
      const query = serialiseSearchState({ ...state, q: withWordReplaced(state.q, word, suggestion) });
      return link(`${base}search/?${query}`, suggestion);
    });
    parts.push(' Did you mean ', ...orList(links), '?');
  }
  if (unknown.every(({ suggestions }) => suggestions.length === 0)) {
    parts.push(' Try other words, or ', link(`${base}archive/`, 'browse the archive by date'), '.');
  }
  return parts;
}
