/**
 * Archive-wide settings. Plain data: read by the site (Astro) and by the
 * ingester (plain Node), so it must not import anything from Astro.
 */
export const archive = {
  /** Name shown in the header, page titles and feeds. */
  title: 'News Archive',
  /** One-line description for the home page and meta tags. */
  description: 'An archive of news coverage, searchable by keyword.',
  /** BCP 47 language tag of the archive's pages. */
  lang: 'en',
  /** Locale used to format dates and numbers. */
  locale: 'en-US',
  /**
   * IANA time zone of the archive. A story's calendar date (its URL and the
   * date shown) is the day of publication in this zone.
   */
  timeZone: 'America/New_York',
  /** Stories per page on every list that can grow (home, dates, topics, people, publications). */
  pageSize: 20,
  /** Stories in the site-wide and per-topic feeds: the newest this many. */
  feedSize: 50,
} as const;
