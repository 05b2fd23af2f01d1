import type { Element } from 'hast';
import { hasClass, textOf } from './hast-facts.ts';
import { collapse } from './text.ts';

/** An embedded tweet as Twitter's embed code writes it, read from its blockquote. */
export interface EmbeddedTweet {
  /** The tweet's text paragraphs (the blockquote's `<p>` elements). */
  readonly paragraphs: readonly Element[];
  readonly by: string;
  /** Without the @. */
  readonly handle: string;
  /** YYYY-MM-DD, when the attribution's date could be read. */
  readonly date?: string;
}

/** "— Jane Doe (@janedoe) March 3, 2021": what follows the text paragraphs. */
const ATTRIBUTION = /^[—–-]\s*(.+?)\s*\(@(\w{1,15})\)\s*(.*)$/su;
const STATUS_LINK = /^https?:\/\/(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/\w{1,15}\/status(?:es)?\/\d+/i;

/**
 * The tweet a blockquote embeds: `blockquote.twitter-tweet`, or any
 * blockquote shaped like one (text paragraphs, then "— Name (@handle)" and a
 * link to the status), since pages do not always keep the class.
 * Undefined when it is an ordinary quotation.
 */
export function readEmbeddedTweet(blockquote: Element): EmbeddedTweet | undefined {
  const paragraphs: Element[] = [];
  let attribution = '';
  let linksToStatus = false;
  for (const child of blockquote.children) {
    if (child.type === 'element' && child.tagName === 'p') {
      paragraphs.push(withoutMediaLinks(child));
      continue;
    }
    if (child.type === 'element' && child.tagName === 'a' && STATUS_LINK.test(String(child.properties.href ?? ''))) {
      linksToStatus = true;
    }
    if (child.type === 'element' || child.type === 'text') attribution += textOf(child);
  }
  if (!hasClass(blockquote, 'twitter-tweet') && !linksToStatus) return undefined;
  const match = ATTRIBUTION.exec(collapse(attribution));
  if (!match || paragraphs.length === 0) return undefined;
  const [, by = '', handle = '', dateText = ''] = match;
  const date = calendarDay(dateText);
  return { paragraphs, by, handle, ...(date ? { date } : {}) };
}

/** "pic.twitter.com/…" stands for the tweet's photo, which the archive does not keep. */
const MEDIA_LINK = /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//i;

function withoutMediaLinks(paragraph: Element): Element {
  const children = paragraph.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'a' && MEDIA_LINK.test(collapse(textOf(child)))),
  );
  return { ...paragraph, children };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;

/** "March 3, 2021", "Mar 3, 2021" or "3 March 2021" → "2021-03-03"; undefined for anything else or no such day. */
function calendarDay(text: string): string | undefined {
  const trimmed = text.trim();
  const mdy = MONTH_DAY_YEAR.exec(trimmed);
  const dmy = mdy ? undefined : DAY_MONTH_YEAR.exec(trimmed);
  const [monthName, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!monthName || !day || !year) return undefined;
  const name = monthName.toLowerCase();
  const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) + 1 : 0;
  if (month === 0) return undefined;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return undefined;
  return date.toISOString().slice(0, 10);
}
