import { archive } from '../config.ts';
import type { Article } from '../schemas/article.ts';
import { type PublishedDate, parsePublished, sortKey } from './published-date.ts';
import { describeCollisions, findStoryPathCollisions, storyPath } from './story-path.ts';

/** An entry with what every page needs computed once. */
export interface Story<Entry extends { id: string; data: Article } = { id: string; data: Article }> {
  readonly entry: Entry;
  readonly path: string;
  readonly published: PublishedDate;
  /** True when the date was inferred from the text: readers see it marked as an estimate. */
  readonly dateIsEstimate: boolean;
  readonly sortKey: string;
}

export function toStory<Entry extends { id: string; data: Article }>(entry: Entry): Story<Entry> {
  const parsed = parsePublished(entry.data.published);
  // The schema has already validated `published`; this guards hand-built inputs in tests.
  if (!parsed.ok) throw new Error(`${entry.id}: published: ${parsed.reason}`);
  return {
    entry,
    path: storyPath(entry.data),
    published: parsed.date,
    dateIsEstimate: entry.data.provenance.published.method === 'inferred',
    sortKey: sortKey(parsed.date, archive.timeZone),
  };
}

/** Newest first; ties broken by headline, then id, so the order is stable. */
export function compareNewestFirst(a: Story, b: Story): number {
  return (
    b.sortKey.localeCompare(a.sortKey) ||
    a.entry.data.headline.localeCompare(b.entry.data.headline) ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/**
 * Stories newest first. Fails when two entries claim one URL, naming both
 * files, rather than letting one page silently replace the other.
 */
export function toStories<Entry extends { id: string; data: Article; filePath?: string | undefined }>(
  entries: readonly Entry[],
): Story<Entry>[] {
  const collisions = findStoryPathCollisions(
    entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data })),
  );
  if (collisions.length > 0) throw new Error(`Two entries have the same URL:\n${describeCollisions(collisions)}`);
  return entries.map(toStory).sort(compareNewestFirst);
}
