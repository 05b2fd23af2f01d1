import { excerptNodes } from './excerpt.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 10;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const time = document.createElement('time');
    time.textContent = data.meta.date;
    if (data.meta.datetime) time.dateTime = data.meta.datetime;
    item.append(time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

function describeCount(count: number, query: string): string {
  if (count === 0) return `No stories match “${query}”. Try fewer or different words.`;
  return `${count} ${count === 1 ? 'story matches' : 'stories match'} “${query}”.`;
}

/**
 * Wires the search page: the query comes from and goes to `?q=`, results
 * render as the reader types, and more load on demand.
 */
export async function startSearchPage(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-query');
  const status = element<HTMLParagraphElement>('search-status');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');

  const pagefind = await loadPagefind(import.meta.env.BASE_URL);
  if (!pagefind) {
    status.textContent = 'The search index is missing. Run “npm run build” to create it, then reload this page.';
    return;
  }

  let pending: PagefindResult[] = [];
  // Each search gets a number; a slower, older search never overwrites a newer one.
  let latest = 0;

  async function showMore(): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  }

  async function run(query: string, debounce: boolean): Promise<void> {
    const current = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const search = debounce ? await pagefind!.debouncedSearch(query) : await pagefind!.search(query);
    if (!search || current !== latest) return; // superseded by a newer search
    list.replaceChildren();
    pending = search.results;
    status.textContent = describeCount(search.results.length, query);
    await showMore();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value.trim(), false);
  });
  input.addEventListener('input', () => void run(input.value.trim(), true));
  more.addEventListener('click', () => void showMore());

  const initial = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  input.value = initial;
  if (initial) await run(initial, false);
}
