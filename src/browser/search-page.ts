import { renderFilterPanel, type FilterCounts } from './filter-panel.ts';
import { ShardLoadError, type PagefindResult, type PagefindSearch, type SearchShardRef } from './pagefind-client.ts';
import { isIsoDate } from './date-range.ts';
import { highlightTerms } from './highlight-terms.ts';
import { describeStatus, describeUnknownWords, renderResult, type PartSearched } from './search-results.ts';
import { checkSearchWords } from './search-word-check.ts';
import { loadIndex, type LoadedIndex } from './search-index.ts';
import { yearSpan, type SearchScope } from './search-scope.ts';
import { vocabularyClient } from './vocabulary-client.ts';
import {
  effectiveSort,
  FILTER_NAMES,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  serialiseSearchState,
  toggleFilter,
  withDateRange,
  type FilterName,
  type SearchState,
  type Sort,
} from './search-state.ts';

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 10;

/**
 * How long typing must pause before a search starts (Pagefind's default is
 * 300 ms, the whole budget for first results). Short, as a search that a newer
 * one overtakes is simply dropped (see `latest`).
 */
const TYPING_PAUSE_MS = 80;

/** How a change reaches the address: a new history entry, the current one rewritten, or neither (back/forward). */
type HistoryMode = 'push' | 'replace' | 'none';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page is missing #${id}`);
  return found as T;
}

/**
 * Wires the search page: the state (words, filters, order) lives in the
 * address, results and filter counts follow it, and more results load on
 * demand.
 */
export async function startSearchPage(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-query');
  const sortSelect = element<HTMLSelectElement>('search-sort');
  const fromInput = element<HTMLInputElement>('search-from');
  const toInput = element<HTMLInputElement>('search-to');
  const refine = element<HTMLDetailsElement>('search-refine');
  const panel = element<HTMLDivElement>('search-filters');
  const status = element<HTMLParagraphElement>('search-status');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const further = element<HTMLButtonElement>('search-further');
  // What the page offers before a search (absent from an archive with no stories).
  const start = document.getElementById('search-start');
  const base = import.meta.env.BASE_URL;

  let state = parseSearchState(window.location.search);
  let pending: PagefindResult[] = [];
  /** What the results shown came from: the shards searched, and how many stories they found. */
  let shown: { scope: SearchScope; count: number } | undefined;
  // Each search gets a number; a slower, older search never overwrites a newer one.
  let latest = 0;
  // The controls answer at once; searches wait for the index, which loads meanwhile. The
  // page gives the archive's span as the date fields' limits, and the index's shards.
  const shards = JSON.parse(form.dataset.searchShards ?? '[]') as SearchShardRef[];
  const years = [fromInput.min.slice(0, 4), toInput.max.slice(0, 4)].filter(Boolean);
  const index = loadIndex(base, years, shards, state, form.dataset.undatedStories === 'true');
  // The archive's vocabulary, fetched only for a word a search did not find.
  const vocabularyNear = vocabularyClient(base);

  // Batches are appended one after another, in order, however fast "Show more" is pressed.
  let appending: Promise<void> = Promise.resolve();

  /** The years a search of part of the archive read, and which way the rest lies. */
  const partSearched = (scope: SearchScope): PartSearched | undefined =>
    scope.next
      ? { span: yearSpan(scope.shards), rest: effectiveSort(state) === 'oldest' ? 'later' : 'earlier' }
      : undefined;

  /** Offers the next shard while there is one (hidden while a batch loads, unavailable while a shard does). */
  function offerFurther(): void {
    const next = shown?.scope.next;
    further.removeAttribute('aria-disabled');
    further.hidden = !next;
    if (next) {
      const way = effectiveSort(state) === 'oldest' ? 'later' : 'earlier';
      further.textContent = `Search ${way} years (${yearSpan([next])})`;
    }
  }

  /** Shows the next batch of results; `focusFirst` puts the focus on the first of them as soon as it is shown. */
  function showMore(focusFirst = false): Promise<void> {
    const current = latest;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    // Offered again once this batch is shown, so it always means "more after what you see".
    more.hidden = true;
    further.hidden = true;
    // Fetched together, shown in order, each as soon as it and those before it have arrived.
    const data = batch.map((result) => result.data());
    const terms = highlightTerms(state.q);
    appending = appending.then(async () => {
      for (const [index, item] of data.entries()) {
        const found = await item;
        if (current !== latest) return; // a newer search has replaced these results
        const result = renderResult(found, terms);
        list.append(result);
        if (focusFirst && index === 0) result.querySelector('a')?.focus();
      }
      more.hidden = pending.length === 0;
      offerFurther();
    });
    return appending;
  }

  const options = ({ years }: LoadedIndex, s: SearchState, except?: FilterName) => ({
    filters: pagefindFilters(s, years, except),
    ...(pagefindSort(s) ? { sort: pagefindSort(s) } : {}),
  });

  /**
   * Says which shards are loading ("Searching 2015–2019 …"). The status is
   * not busy meanwhile, so that a screen reader announces it; the words of
   * the search before are gone from it already.
   */
  function showProgress(current: number, missing: readonly SearchShardRef[]): void {
    if (current !== latest) return;
    status.textContent = `Searching ${yearSpan(missing)} …`;
    status.removeAttribute('aria-busy');
  }

  /** Loads the shards a search reads, saying so while they load; false, saying so, when one has failed to load (now or before). */
  async function loadScope(
    loaded: LoadedIndex,
    shardsWanted: readonly SearchShardRef[],
    current: number,
  ): Promise<boolean> {
    try {
      await loaded.pagefind.load(shardsWanted, (missing) => showProgress(current, missing));
      return true;
    } catch (error) {
      if (!(error instanceof ShardLoadError)) throw error;
      if (current === latest) {
        status.textContent = `The search index of ${yearSpan([error.shard])} did not load. Reload the page to search again.`;
      }
      return false;
    }
  }

  /**
   * Counts for each filter's values, over the shards the search reads: within
   * the search with every other filter applied, so ticking one more value of a
   * filter shows what it adds. Counting loads no shard. `counted`: the search
   * just shown, when it ran with every filter's index loaded (so it counted them all).
   */
  async function facetCounts(
    loaded: LoadedIndex,
    s: SearchState,
    scope: SearchScope,
    counted?: PagefindSearch,
  ): Promise<FilterCounts> {
    const { pagefind } = loaded;
    await loaded.loadFilterIndex();
    // Shards not loaded are left out, and listed newest first as a search takes them.
    const within = (...scopes: SearchScope[]) =>
      shards.filter((shard) => pagefind.isLoaded(shard) && scopes.some((sc) => sc.shards.includes(shard)));
    const search = counted ?? (await pagefind.search(s.q || null, options(loaded, s), within(scope)));
    const counts: FilterCounts = {};
    for (const name of FILTER_NAMES) {
      if (s.filters[name].length === 0) counts[name] = search.filters[name];
      else {
        const without = { ...s, filters: { ...s.filters, [name]: [] } };
        // The values not ticked are counted where the search without them reads; the ticked, where it reads.
        const wider = within(loaded.scope(without), scope);
        counts[name] = (await pagefind.search(s.q || null, options(loaded, s, name), wider)).filters[name];
      }
    }
    return counts;
  }

  /** Counts the filters for the current search and draws them, when they are open. */
  async function refreshPanel(loaded: LoadedIndex, counted?: PagefindSearch): Promise<void> {
    if (!refine.open) return showPanel({});
    const current = latest;
    const scope = loaded.scope(state);
    const counts = await facetCounts(loaded, state, scope, counted);
    if (current === latest) showPanel(counts, partSearched(scope));
  }

  let shownCounts: FilterCounts = {};
  let shownPart: PartSearched | undefined;
  /** Filters whose whole list the reader asked for; shortened otherwise. */
  const expanded = new Set<FilterName>();

  /** Draws the filters, only while they are open: closed, they hold no checkbox to tab past. */
  function showPanel(counts: FilterCounts, part?: PartSearched): void {
    shownCounts = counts;
    shownPart = part;
    if (!refine.open) {
      panel.replaceChildren();
      return;
    }
    const refocus = focusAfterRedraw();
    const note = document.createElement('p');
    note.className = 'search-filters-note';
    note.textContent = `Counts are of stories from ${part?.span}, the years searched so far.`;
    panel.replaceChildren(...(part ? [note] : []), ...renderFilterPanel(counts, state, FILTER_NAMES, expanded));
    refocus();
  }

  /**
   * The panel is drawn anew as counts arrive, under a keyboard user's focus:
   * what puts the focus back on the same checkbox, or the same filter's
   * "All N" button (its first checkbox once the whole list shows), after.
   */
  function focusAfterRedraw(): () => void {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || !panel.contains(focused)) return () => {};
    if (focused instanceof HTMLInputElement) {
      const { name, value } = focused;
      return () => [...panel.querySelectorAll('input')].find((b) => b.name === name && b.value === value)?.focus();
    }
    const showAll = focused.dataset['showAll'];
    if (!showAll) return () => {};
    return () =>
      (
        panel.querySelector<HTMLElement>(`button[data-show-all="${showAll}"]`) ??
        panel.querySelector<HTMLElement>(`input[name="${showAll}"]`)
      )?.focus();
  }

  // True from when a search opens the filters until the "toggle" that opening fires: the
  // search draws them itself, and a second drawing would replace them under the reader.
  let openedBySearch = false;

  function syncControls(): void {
    if (start) start.hidden = Boolean(state.q) || hasFilters(state);
    if (input.value.trim() !== state.q) input.value = state.q;
    // Only on a change: setting a date field's value puts its cursor back on the first part (and would wipe a date half typed).
    if (fromInput.value !== (state.range.from ?? '')) fromInput.value = state.range.from ?? '';
    if (toInput.value !== (state.range.to ?? '')) toInput.value = state.range.to ?? '';
    sortSelect.value = effectiveSort(state);
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = !state.q;
    if (hasFilters(state) && !refine.open) {
      openedBySearch = true;
      refine.open = true;
    }
  }

  /** The status is busy from a search's start until it says what the latest search found, so neither a screen reader nor a test reads the last search's words as this one's. */
  function settleStatus(current: number): void {
    if (current === latest) status.removeAttribute('aria-busy');
  }

  async function run(next: SearchState, history: HistoryMode, debounce = false): Promise<void> {
    state = next;
    const current = ++latest;
    status.setAttribute('aria-busy', 'true');
    try {
      await searchAndShow(current, history, debounce);
    } finally {
      settleStatus(current);
    }
  }

  function clearResults(): void {
    list.replaceChildren();
    pending = [];
    shown = undefined;
    more.hidden = true;
    further.hidden = true;
  }

  async function searchAndShow(current: number, history: HistoryMode, debounce: boolean): Promise<void> {
    if (history !== 'none') {
      const query = serialiseSearchState(state);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    syncControls();
    const loaded = await index;
    if (current !== latest) return; // superseded by a newer search
    if (!loaded) {
      status.textContent = 'The search index is missing. Run “npm run build” to create it, then reload this page.';
      return;
    }
    const { pagefind } = loaded;
    if (!state.q && !hasFilters(state)) {
      clearResults();
      status.textContent = '';
      settleStatus(current);
      await refreshPanel(loaded);
      return;
    }
    const scope = loaded.scope(state);
    if (!(await loadScope(loaded, scope.shards, current))) {
      if (current === latest) clearResults();
      return;
    }
    if (current !== latest) return;
    const countsEverything = loaded.countsEverything();
    const search =
      state.q && debounce
        ? await pagefind.debouncedSearch(state.q, options(loaded, state), scope.shards, TYPING_PAUSE_MS)
        : await pagefind.search(state.q || null, options(loaded, state), scope.shards);
    if (!search || current !== latest) return;
    const checked = state.q ? await checkSearchWords(state.q, search, vocabularyNear) : undefined;
    if (current !== latest) return;
    const results = checked?.results ?? search.results;
    const unknown = checked?.unknown ?? [];
    list.replaceChildren();
    more.hidden = true;
    pending = results;
    // A search for a word no story has goes no further: no other years, no filter counts.
    shown = unknown.length > 0 ? undefined : { scope, count: results.length };
    status.replaceChildren(
      ...(unknown.length > 0
        ? describeUnknownWords(unknown, state, base)
        : describeStatus(results.length, state, base, partSearched(scope))),
    );
    settleStatus(current);
    if (unknown.length > 0) {
      offerFurther();
      return showPanel({});
    }
    // Results first; the filters' counts, which may take a search each, follow.
    const batch = showMore();
    await refreshPanel(loaded, countsEverything && results === search.results ? search : undefined);
    await batch;
  }

  /**
   * Goes on past the shards searched (the next in the search's date order):
   * loads it, searches it and adds its results after the others. When every
   * result before them was shown, they are shown and the focus moves to the
   * first of them; otherwise "Show more" reaches them, and the focus stays on
   * the button (or the status, once there is nothing further).
   */
  async function searchFurther(): Promise<void> {
    const before = shown;
    if (!before?.scope.next) return;
    const current = ++latest;
    // It keeps the focus while the shard loads.
    further.setAttribute('aria-disabled', 'true');
    status.setAttribute('aria-busy', 'true');
    try {
      const loaded = await index;
      if (!loaded) return;
      if (!(await loadScope(loaded, [before.scope.next], current))) return;
      const scope = loaded.scope(state);
      const added = scope.shards.filter((shard) => !before.scope.shards.includes(shard));
      const search = await loaded.pagefind.search(state.q || null, options(loaded, state), added);
      if (current !== latest) return;
      // Shown at once when the reader is at the end of the list; otherwise they follow those still to show.
      const atEnd = pending.length === 0;
      pending = [...pending, ...search.results];
      shown = { scope, count: before.count + search.results.length };
      status.replaceChildren(...describeStatus(shown.count, state, base, partSearched(scope)));
      settleStatus(current);
      if (atEnd && search.results.length > 0) await showMore(true);
      else {
        offerFurther();
        (further.hidden ? status : further).focus();
      }
      await refreshPanel(loaded);
    } finally {
      settleStatus(current);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ ...state, q: input.value.trim() }, 'push');
  });
  input.addEventListener('input', () => void run({ ...state, q: input.value.trim() }, 'replace', true));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || input.value === '') return;
    event.preventDefault();
    input.value = '';
    void run({ ...state, q: '' }, 'push');
  });
  panel.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    void run(toggleFilter(state, box.name as FilterName, box.value, box.checked), 'push');
  });
  panel.addEventListener('click', (event) => {
    const button = event.target instanceof HTMLElement ? event.target.closest('button') : null;
    const name = button?.dataset['showAll'] as FilterName | undefined;
    if (!name) return;
    expanded.add(name);
    showPanel(shownCounts, shownPart);
    // The button is gone: go on from the top of the whole list.
    panel.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus();
  });
  sortSelect.addEventListener('change', () => {
    const chosen = sortSelect.value as Sort;
    const { sort: _previous, ...rest } = state;
    const byDefault = effectiveSort(rest) === chosen;
    void run(byDefault ? rest : { ...rest, sort: chosen }, 'push');
  });
  for (const box of [fromInput, toInput]) {
    // "change" comes once a whole date is entered or picked, or the field is emptied.
    box.addEventListener('change', () => {
      const ends = [fromInput.value, toInput.value];
      // A year still being typed (0002 on the way to 2020) is already a date to the field: wait for the whole year.
      if (ends.some((end) => end !== '' && !isIsoDate(end))) return;
      void run(withDateRange(state, { from: ends[0] || undefined, to: ends[1] || undefined }), 'push');
    });
  }
  // The reader reads on from the first new result (the button hides while they load).
  more.addEventListener('click', () => void showMore(true));
  further.addEventListener('click', () => {
    if (further.getAttribute('aria-disabled') !== 'true') void searchFurther();
  });
  refine.addEventListener('toggle', () => {
    const drawnBySearch = openedBySearch;
    openedBySearch = false;
    if (!refine.open) return showPanel({});
    if (drawnBySearch) return;
    // After a shard failed to load, the status says so and the filters stay empty.
    void index.then((loaded) => loaded && refreshPanel(loaded)).catch(() => showPanel({}));
  });
  window.addEventListener('popstate', () => void run(parseSearchState(window.location.search), 'none'));

  await run(state, 'none');
}
