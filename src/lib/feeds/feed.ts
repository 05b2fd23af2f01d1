import type { FeedItem } from './feed-item.ts';

/** One feed, whatever its format. Every URL is absolute. */
export interface Feed {
  readonly title: string;
  readonly description: string;
  /** The page the feed follows: the home page, or a topic's page. */
  readonly homePageUrl: string;
  /** The feed file's own public URL. */
  readonly feedUrl: string;
  /** BCP 47 language tag. */
  readonly language: string;
  /** Newest first. */
  readonly items: readonly FeedItem[];
}
