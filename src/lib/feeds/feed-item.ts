import type { DatedStory } from '../story.ts';
import { resolveBodyUrls } from './body-html.ts';
import { hasMoment, publishedDateTime, publishedIsoDate, publishedMoment } from './published-date-time.ts';

/** A story as both feed formats carry it. Every URL is absolute. */
export interface FeedItem {
  /** The story's public URL: its link, RSS guid (a permalink) and JSON Feed id. */
  readonly url: string;
  readonly title: string;
  /** The dek, else the text of the body's first paragraph; absent when there is neither. */
  readonly summary?: string;
  /** The rendered, sanitised body with every link absolute. */
  readonly contentHtml: string;
  /** The moment the date stands for, absent for a year or a month, which names none (see published-date-time.ts). */
  readonly published?: Date;
  /** The same, in RFC 3339 in the archive's zone. */
  readonly publishedDateTime?: string;
  /** The date in ISO 8601 as precisely as it is known: "2021", "2021-03", or the date-time above. */
  readonly publishedIsoDate: string;
  /** Bylined authors, in byline order (may be empty). */
  readonly authors: readonly string[];
  /** The story's topics (may be empty). */
  readonly tags: readonly string[];
  /** Where the story was first published, when known. */
  readonly externalUrl?: string;
}

/**
 * The feed item of one story, whose body is `body` (the content layer's
 * rendering, stories.ts: its HTML, and its lead as the pipeline recorded
 * it). `storyUrl` is its public URL (publicUrl of story.path). Only a dated
 * story has one: feeds are in date order, and an undated story has no place
 * in it (site-feeds.ts leaves them out).
 */
export function toFeedItem(
  story: DatedStory,
  body: { readonly html: string; readonly lead?: string | undefined },
  storyUrl: string,
  timeZone: string,
): FeedItem {
  const { data } = story;
  const { html } = body;
  const summary = data.dek ?? body.lead;
  return {
    url: storyUrl,
    title: data.headline,
    ...(summary !== undefined ? { summary } : {}),
    contentHtml: resolveBodyUrls(html, storyUrl),
    ...(hasMoment(story.published)
      ? {
          published: publishedMoment(story.published, timeZone),
          publishedDateTime: publishedDateTime(story.published, timeZone),
        }
      : {}),
    publishedIsoDate: publishedIsoDate(story.published, timeZone),
    authors: data.authors ?? [],
    tags: data.topics ?? [],
    ...(data.url !== undefined ? { externalUrl: data.url } : {}),
  };
}
