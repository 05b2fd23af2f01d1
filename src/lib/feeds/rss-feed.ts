import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { Feed } from './feed.ts';
import type { FeedItem } from './feed-item.ts';

const NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * @astrojs/rss re-reads customData with fast-xml-parser, which turns text
 * that looks like a number or a boolean into one ("1e5" comes out as
 * "100000"), so such a name cannot pass through it unchanged.
 */
const READ_AS_VALUE = /^(?:true|false|[+-]?(?:0x[0-9a-f]+|\d*\.?\d+(?:e[+-]?\d+)?|\d+\.))$/i;

function creatorElement(name: string, item: FeedItem): string {
  if (READ_AS_VALUE.test(name.trim())) {
    throw new Error(
      `${item.url}: authors: "${name}" would be rewritten as a number in the RSS feed; correct the byline in the entry`,
    );
  }
  return `<dc:creator>${escapeXml(name)}</dc:creator>`;
}

/**
 * RSS 2.0 item: link and guid are the story's URL (a permalink), pubDate the
 * item's moment, description its summary, content:encoded its body. RSS's own
 * <author> must be an e-mail address, so authors are named with dc:creator,
 * one element each. A story known only to its year or month has no moment,
 * and pubDate must be one (RFC 822, to the second): it has no pubDate but a
 * dc:date, whose W3C date format says "2021" or "2021-03".
 */
function toRssItem(item: FeedItem): RSSFeedItem {
  const creators = item.authors.map((name) => creatorElement(name, item)).join('');
  const date = item.published === undefined ? `<dc:date>${item.publishedIsoDate}</dc:date>` : '';
  return {
    link: item.url,
    title: item.title,
    ...(item.published !== undefined ? { pubDate: item.published } : {}),
    ...(item.summary !== undefined ? { description: item.summary } : {}),
    content: item.contentHtml,
    categories: [...item.tags],
    ...(creators || date ? { customData: `${creators}${date}` } : {}),
  };
}

/** The feed as an RSS 2.0 document, with its language and an atom:link to itself. */
export async function renderRssFeed(feed: Feed): Promise<string> {
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.homePageUrl,
    xmlns: NAMESPACES,
    customData:
      `<language>${escapeXml(feed.language)}</language>` +
      `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map(toRssItem),
  });
}
