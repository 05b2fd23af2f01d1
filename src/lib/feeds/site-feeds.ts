import { archive } from '../../config.ts';
import { withCacheKeys } from '../cache-key.ts';
import { publicUrl } from '../links.ts';
import { getStories } from '../stories.ts';
import { collectTerms, type Term } from '../taxonomy.ts';
import { FEED_FORMATS, feedPath, topicFeedTitle, type FeedFormat } from './alternate-feeds.ts';
import type { Feed } from './feed.ts';
import { toFeedItem, type FeedItem, type RenderedStory } from './feed-item.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRssFeed } from './rss-feed.ts';

/**
 * The feeds of this build, as endpoint responses: the whole archive's and
 * each topic's, the newest `archive.feedSize` stories each, every URL on
 * this deployment (SITE_URL and BASE_PATH).
 */

const itemsByStory = new WeakMap<RenderedStory, FeedItem>();

/** A story's item is built once per build, however many feeds carry it. */
function feedItemOf(story: RenderedStory): FeedItem {
  let item = itemsByStory.get(story);
  if (!item) {
    item = toFeedItem(story, publicUrl(story.path), archive.timeZone);
    itemsByStory.set(story, item);
  }
  return item;
}

async function feedResponse(
  format: FeedFormat,
  listPath: string,
  meta: Pick<Feed, 'title' | 'description'>,
  stories: readonly RenderedStory[],
): Promise<Response> {
  const feed: Feed = {
    ...meta,
    homePageUrl: publicUrl(listPath),
    feedUrl: publicUrl(feedPath(listPath, format)),
    language: archive.lang,
    items: stories.slice(0, archive.feedSize).map(feedItemOf),
  };
  const body = format === 'rss' ? await renderRssFeed(feed) : renderJsonFeed(feed);
  return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].mediaType}; charset=utf-8` } });
}

/** The archive's feed: the newest stories of all. */
export async function archiveFeedResponse(format: FeedFormat): Promise<Response> {
  return feedResponse(format, '/', archive, await getStories());
}

/** getStaticPaths of the topic feed routes: one per topic, named by its slug. */
export async function topicFeedPaths() {
  return withCacheKeys(
    collectTerms(await getStories(), 'topics').map((term) => ({ params: { topic: term.slug }, props: { term } })),
  );
}

/** A topic's feed: its newest stories; its home page is the topic's page. */
export function topicFeedResponse(term: Term<RenderedStory>, format: FeedFormat): Promise<Response> {
  const title = topicFeedTitle(term.label);
  const description = `The newest stories about ${term.label} in ${archive.title}.`;
  return feedResponse(format, term.path, { title, description }, term.stories);
}
