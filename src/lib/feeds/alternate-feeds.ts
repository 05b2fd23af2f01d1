import { archive } from '../../entry/config.ts';

/** A feed a page links to with <link rel="alternate">. */
export interface AlternateFeed {
  readonly title: string;
  /** Site path of the feed file. */
  readonly path: string;
  readonly format: FeedFormat;
}

export type FeedFormat = 'rss' | 'json';

/** Each format's file name (in the folder of the list it follows) and media type. */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', mediaType: 'application/rss+xml', name: 'RSS' },
  json: { file: 'feed.json', mediaType: 'application/feed+json', name: 'JSON Feed' },
} as const satisfies Record<FeedFormat, { file: string; mediaType: string; name: string }>;

/** Site path of the feed of a list: "/" → "/rss.xml", "/topics/grief/" → "/topics/grief/feed.json". */
export function feedPath(listPath: string, format: FeedFormat): string {
  return `${listPath}${FEED_FORMATS[format].file}`;
}

/** The title of a topic's feeds: "Grief · News Archive". */
export function topicFeedTitle(label: string): string {
  return `${label} · ${archive.title}`;
}

function feedsOf(listPath: string, title: string): AlternateFeed[] {
  return (['rss', 'json'] as const).map((format) => ({
    title: `${title} (${FEED_FORMATS[format].name})`,
    path: feedPath(listPath, format),
    format,
  }));
}

/** The whole archive's feeds, offered on every page. */
export const archiveFeeds: readonly AlternateFeed[] = feedsOf('/', archive.title);

/** A topic's feeds, for its page to offer besides the archive's: pass as BaseLayout's `feeds`. */
export function topicFeeds(term: { readonly label: string; readonly path: string }): AlternateFeed[] {
  return feedsOf(term.path, topicFeedTitle(term.label));
}
