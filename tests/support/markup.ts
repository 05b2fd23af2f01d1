/** The markup contract between the site and the browser tests, as selectors. */
export const markup = {
  headerSearchInput: 'header form[role="search"][action="/search/"] input[type="search"][name="q"]',
  headerSearchSubmit: 'header form[role="search"][action="/search/"] button[type="submit"]',
  storyListLinks: 'main ol.story-list > li a[href]',
  storyHeadline: 'article[data-pagefind-body] h1',
  searchInput: '#search-form input#search-query[type="search"][name="q"]',
  searchStatus: 'p#search-status[aria-live="polite"]',
  searchResults: 'ol#search-results > li.search-result',
  resultLink: 'h2 > a[href]',
  resultDate: 'time[datetime]',
  resultExcerpt: 'p.search-excerpt',
} as const;

/** Path of a dated story page: `/YYYY/MM/DD/slug/`, `/YYYY/MM/slug/` or `/YYYY/slug/` (a slug holds a letter). */
export const STORY_PATH = /^\/\d{4}\/(?:\d{2}\/){0,2}(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
