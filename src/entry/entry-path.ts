import { storyPath } from './story-path.ts';

/** What decides an entry's URL: its date, when it has one, and its slug. */
export interface EntryAddress {
  /** Absent for an undated entry. */
  readonly published?: string;
  readonly slug: string;
}

/**
 * The URL path of an entry's story: storyPath()'s, at the date's precision
 * (`/YYYY/MM/DD/slug/`, `/YYYY/MM/slug/`, `/YYYY/slug/`), or
 * `/undated/<slug>/` for an entry without a date (content/ingest.yaml's
 * `undated: keep`), so slugs are unique among undated entries as among a
 * day's.
 */
export function entryPath(address: EntryAddress): string {
  return address.published === undefined
    ? `/undated/${address.slug}/`
    : storyPath({ published: address.published, slug: address.slug });
}
