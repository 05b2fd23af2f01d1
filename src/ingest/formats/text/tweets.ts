import type { Block } from './blocks.ts';
import { findUrls } from './links.ts';
import { MONTH_NAMES as MONTHS } from '../../../entry/month-names.ts';

/** An embedded tweet as the source flattened it: text, then ` — Name (@handle) Month D, YYYY`. */
export interface Tweet {
  readonly kind: 'quote';
  /** The tweet's paragraphs, in order. */
  readonly paragraphs: readonly string[];
  readonly by: string;
  /** Without the @. */
  readonly handle: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The attribution as the source wrote it: `Name (@handle) Month D, YYYY`. */
  readonly attribution: string;
}

/**
 * The greedy `(.*)` makes the match take the LAST dash-attribution, so a tweet
 * whose own text holds an em dash ("Miles—Doug") keeps it.
 */
const ATTRIBUTION = new RegExp(
  `^(.*\\S)\\s+[—–]\\s+([^—–]+?)\\s+\\(@(\\w{1,15})\\)\\s+(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})$`,
  'su',
);

/** Twitter's limit, used to decide whether loose paragraphs belong to the next tweet. */
export const TWEET_LIMIT = 280;
/** Twitter counts every URL as this many characters. */
const URL_WEIGHT = 23;

/** The tweet in a paragraph that ends with an attribution, or undefined. */
export function readTweet(text: string): Tweet | undefined {
  const match = ATTRIBUTION.exec(text);
  if (!match) return undefined;
  const [, body = '', by = '', handle = '', monthName = '', day = '', year = ''] = match;
  const month = MONTHS.indexOf(monthName) + 1;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return undefined;
  return {
    kind: 'quote',
    paragraphs: [body.trim()],
    by: by.trim(),
    handle,
    date: date.toISOString().slice(0, 10),
    attribution: `${by.trim()} (@${handle}) ${monthName} ${day}, ${year}`,
  };
}

/** Length as Twitter counts it, approximately: code points, each URL as 23. */
export function tweetLength(text: string): number {
  let length = [...text].length;
  for (const url of findUrls(text)) length += URL_WEIGHT - [...text.slice(url.index, url.lastIndex)].length;
  return length;
}

/**
 * Replaces attributed paragraphs by tweets. Unattributed paragraphs that
 * directly follow a tweet and directly precede the next attributed paragraph
 * are the first paragraphs of that next tweet, provided the whole tweet then
 * fits in 280 characters; otherwise they stay ordinary paragraphs.
 * `mergeable` can rule paragraphs out (a photo caption is never tweet text).
 */
export function gatherTweets(
  blocks: readonly Block[],
  mergeable: (block: Block) => boolean = () => true,
): (Block | Tweet)[] {
  const out: (Block | Tweet)[] = [];
  let pending: Block[] = [];
  let afterTweet = false;
  for (const block of blocks) {
    const tweet = readTweet(block.text);
    if (tweet) {
      const merged = [...pending.map((b) => b.text), ...tweet.paragraphs];
      if (pending.length > 0 && tweetLength(merged.join('\n\n')) <= TWEET_LIMIT) {
        out.push({ ...tweet, paragraphs: merged });
      } else {
        out.push(...pending, tweet);
      }
      pending = [];
      afterTweet = true;
    } else if (afterTweet && mergeable(block)) {
      pending.push(block);
    } else {
      out.push(...pending, block);
      pending = [];
      afterTweet = false;
    }
  }
  out.push(...pending);
  return out;
}
