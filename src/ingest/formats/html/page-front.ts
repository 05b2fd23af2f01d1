/**
 * Takes the article's headline, byline, date and standfirst elements (found
 * by page-elements.ts) out of the page, with the boxes they leave empty, and
 * every timestamp that stands on its own line: Readability would keep some of
 * them in the body.
 */
export function removeArticleFront(document: Document, frontElements: readonly Element[]): void {
  for (const element of frontElements) removeFrontElement(element);
  removeTimestamps(document);
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
