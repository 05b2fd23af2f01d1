import { Readability } from '@mozilla/readability';
import { paragraphsFromBreaks } from './break-paragraphs.ts';
import { paragraphTextLength } from './dom-facts.ts';
import { prepareFigures } from './figures-dom.ts';
import { dropFurnitureFromDom } from './furniture-dom.ts';
import type { Tally } from './tally.ts';

/** Classes that the body conversion reads, so Readability must keep them (it strips all others). */
const PRESERVED_CLASSES = ['twitter-tweet', 'credit'];

/** What Readability made of the page. */
export interface ExtractedArticle {
  /** The article's HTML, as Readability serialised it. */
  readonly content: string;
  /** Page furniture taken out before Readability ran. */
  readonly furniture: Tally;
  /** Readability's own reading of the page's metadata, the last resort for each field. */
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly publishedTime?: string;
}

/**
 * The article's content: the page's headline, byline, date and standfirst
 * elements and its furniture are taken out (Readability keeps some of them),
 * then Readability finds the article. Changes the document; read the page's
 * metadata first. Undefined when Readability finds no article.
 */
export function extractArticle(document: Document, frontElements: readonly Element[]): ExtractedArticle | undefined {
  for (const element of frontElements) removeFrontElement(element);
  removeTimestamps(document);
  paragraphsFromBreaks(document);
  prepareFigures(document);
  const furniture = dropFurnitureFromDom(document);
  narrowToStoryContainer(document);
  unmarkSubheadings(document);
  const result = new Readability(document, { classesToPreserve: PRESERVED_CLASSES }).parse();
  if (!result?.content) return undefined;
  return {
    content: result.content,
    furniture,
    ...optional('title', result.title),
    ...optional('byline', result.byline),
    ...optional('siteName', result.siteName),
    ...optional('publishedTime', result.publishedTime),
  };
}

/** Letters or digits: what makes an element's remaining text worth keeping. */
const MEANINGFUL = /[\p{L}\p{N}]/u;
/** What sits next to a timestamp in its own line: "Updated", "Published on", "| 5 min read". */
const TIMESTAMP_COMPANION =
  /^(?:(?:last\s+)?updated|(?:first\s+)?published|posted|on|at|et|gmt|utc|bst|\d+\s+min(?:ute)?s?\s+read|[\s|•·,:–—-])*$/i;
/** A front element that holds this many paragraphs is the article itself (a page that put the story in its header). */
const FRONT_MAX_PARAGRAPHS = 2;

/** A `<time>` inside a sentence stays; one inside the byline or standing alone goes. */
function removeFrontElement(element: Element): void {
  if (!element.isConnected || element.querySelectorAll('p').length > FRONT_MAX_PARAGRAPHS) return;
  if (element.localName === 'time' && !standsAlone(element)) return;
  removeWithEmptyAncestors(element);
}

/** Timestamps standing alone (the page's date line, each update's time on a live page) are metadata, not text. */
function removeTimestamps(document: Document): void {
  for (const time of document.querySelectorAll('time')) if (standsAlone(time)) removeWithEmptyAncestors(time);
}

function standsAlone(time: Element): boolean {
  const parent = time.parentElement;
  if (!parent) return false;
  const rest = (parent.textContent ?? '').replace(time.textContent ?? '', '').trim();
  return TIMESTAMP_COMPANION.test(rest) || [...parent.children].some((child) => BLOCKS.has(child.localName));
}

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'figure', 'section']);

function removeWithEmptyAncestors(element: Element): void {
  let parent: Element | null = element.parentElement;
  element.remove();
  while (
    parent &&
    !['body', 'article', 'main'].includes(parent.localName) &&
    !MEANINGFUL.test(parent.textContent ?? '')
  ) {
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** The share of the page's story-sized paragraphs a container must hold to be taken for the story's. */
const STORY_SHARE = 0.85;
/** Paragraphs shorter than this are as often teasers and captions as story. */
const STORY_PARAGRAPH = 80;

/**
 * Readability reads every element of the page, which is most of the time a
 * reader spends on a large page. When one `<article>` or `<main>` element
 * holds nearly all the story-sized paragraphs left once the furniture is gone, the
 * page's body is narrowed to it first (the smallest such, the outer one of
 * two that hold the same text). Pages without one are read whole.
 */
function narrowToStoryContainer(document: Document): void {
  const body = document.body;
  const total = paragraphTextLength(body, STORY_PARAGRAPH);
  if (total === 0) return;
  let chosen: Element | undefined;
  let chosenLength = Infinity;
  for (const container of body.querySelectorAll('article, main, [role="main"]')) {
    const length = paragraphTextLength(container, STORY_PARAGRAPH);
    if (length >= total * STORY_SHARE && length < chosenLength) {
      chosen = container;
      chosenLength = length;
    }
  }
  if (chosen) body.replaceChildren(chosen);
}

/**
 * Readability drops a subheading whose class or id sounds like furniture
 * ("header-anchor-post" has "header" in it). The page's furniture is gone by
 * now, told by better rules, so the subheadings that are left lose those words.
 */
function unmarkSubheadings(document: Document): void {
  for (const heading of document.body.querySelectorAll('h2, h3, h4, h5, h6')) {
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
