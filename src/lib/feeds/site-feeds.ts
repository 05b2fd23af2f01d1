import { archive } from '../../entry/config.ts';
import { getArchive } from '../../content-loader/archive-index.ts';
import { pagesOfThisPart } from '../../build/build-part.ts';
import { publicUrl } from '../links.ts';
import { getStories, getStoryBody } from '../../content-loader/stories.ts';
import { isDated, type Story } from '../story.ts';
import { FEED_FORMATS, feedPath, topicFeedTitle, type FeedFormat } from './alternate-feeds.ts';
import type { Feed } from './feed.ts';
import { toFeedItem, type FeedItem } from './feed-item.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRssFeed } from './rss-feed.ts';

/**
 * The feeds of this build, as endpoint responses: the whole archive's and
 * each topic's, the newest `archive.feedSize` stories each, every URL on
 * this deployment (SITE_URL and BASE_PATH).
 */

const itemsByStory = new WeakMap<Story, FeedItem>();

/**
 * The items of a feed of `stories` (newest first): the first
 * `archive.feedSize` dated ones, each built once per build however many
 * feeds carry it. Undated stories are left out: a feed is the newest
 * stories by date, and one without a date is never among them.
 */
async function feedItemsOf(stories: readonly Story[]): Promise<FeedItem[]> {
  return Promise.all(
    stories
      .filter(isDated)
      .slice(0, archive.feedSize)
      .map(async (story) => {
        let item = itemsByStory.get(story);
        if (!item) {
          item = toFeedItem(story, await getStoryBody(story), publicUrl(story.path), archive.timeZone);
          itemsByStory.set(story, item);
        }
        return item;
      }),
  );
}

async function feedResponse(
  format: FeedFormat,
  listPath: string,
  meta: Pick<Feed, 'title' | 'description'>,
  items: readonly FeedItem[],
): Promise<Response> {
  const feed: Feed = {
    ...meta,
    homePageUrl: publicUrl(listPath),
    feedUrl: publicUrl(feedPath(listPath, format)),
    language: archive.lang,
    items,
  };
  const body = format === 'rss' ? await renderRssFeed(feed) : renderJsonFeed(feed);
  return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].mediaType}; charset=utf-8` } });
}

/** The archive's feed: the newest stories of all. */
export async function archiveFeedResponse(format: FeedFormat): Promise<Response> {
  return feedResponse(format, '/', archive, await feedItemsOf(await getStories()));
}

/**
 * getStaticPaths of the topic feed routes: one per topic, named by its slug,
 * with the feed's items (bodies included) as props, so its cache key covers them.
 */
export async function topicFeedPaths(format: FeedFormat) {
  const { terms, searchShards } = await getArchive();
  return pagesOfThisPart({
    route: `topic-feed-${format}`,
    paths: terms.topics.map((term) => ({ params: { topic: term.slug }, term })),
    plan: searchShards,
    propsOf: async ({ term }) => ({ label: term.label, path: term.path, items: await feedItemsOf(term.stories) }),
  });
}

/** A topic's feed: its newest stories; its home page is the topic's page. */
export function topicFeedResponse(
  topic: { label: string; path: string; items: readonly FeedItem[] },
  format: FeedFormat,
): Promise<Response> {
  const title = topicFeedTitle(topic.label);
  const description = `The newest stories about ${topic.label} in ${archive.title}.`;
  return feedResponse(format, topic.path, { title, description }, topic.items);
}
