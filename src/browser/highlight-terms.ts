/**
 * The terms a search result carries to its story, so the story page can mark
 * them (Pagefind's highlight script reads them from the address). Pure.
 */

/** The address parameter, repeated once per term: `?highlight=river+rose&highlight=flood`. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The words and quoted phrases of a query, in order and without repeats: a
 * phrase stays whole, so the story marks it where the words stand together.
 * `"the river rose" flood` → ["the river rose", "flood"].
 */
export function highlightTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').replace(/\s+/g, ' ').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A result's address with the terms added; `url` is a path or an absolute URL on this site, and comes back in the same form. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(url);
  const parsed = new URL(url, 'https://archive.invalid');
  for (const term of terms) parsed.searchParams.append(HIGHLIGHT_PARAM, term);
  return absolute ? parsed.href : `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The address without its highlight terms, for when the reader clears them. */
export function withoutHighlight(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  return parsed.href;
}
