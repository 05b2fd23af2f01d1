import { domWords, textOfElement } from './dom-facts.ts';
import { boxLabel } from './furniture-rules.ts';
import { collapse, comparable } from './text.ts';

/**
 * The elements of a page that show the article's headline, byline, date and
 * standfirst: read for metadata when the page states none, and taken out of
 * the page before Readability so they do not leak into the body.
 */

export interface Found<T> {
  readonly value: T;
  readonly evidence: string;
  readonly elements: readonly Element[];
}

/**
 * The element showing the headline: the h1 whose text is the known headline
 * (meta titles sometimes add the site name, so either may contain the other),
 * else the article's first h1 (a display headline may differ from the meta
 * one). With no known headline, also the page's first h1 outside the site
 * header, else an `[itemprop=headline]` element.
 */
export function findHeadlineElement(document: Document, knownHeadline: string | undefined): Element | undefined {
  const h1s = [...document.querySelectorAll('h1')].filter((h1) => textOfElement(h1) !== '');
  const inArticle = () => h1s.find((h1) => h1.closest('article, main, [role="main"]'));
  if (knownHeadline) {
    const known = comparable(knownHeadline);
    const match = h1s.find((h1) => {
      const text = comparable(textOfElement(h1));
      return text === known || (text.length >= 12 && (known.includes(text) || text.includes(known)));
    });
    return match ?? inArticle();
  }
  return (
    inArticle() ??
    h1s.find((h1) => !h1.closest('header, nav, [role="banner"]') && !insideBox(h1)) ??
    document.querySelector('[itemprop~="headline"]:not(meta)') ??
    undefined
  );
}

/** Where the article's own furniture is looked for: its `<article>`, else the headline's surroundings, else the page. */
function articleScope(document: Document, headline: Element | undefined): Element | undefined {
  return (
    headline?.closest('article') ??
    document.querySelector('article') ??
    document.querySelector('main, [role="main"]') ??
    document.body ??
    undefined
  );
}

/** Places to look, nearest the headline first. */
function scopes(document: Document, headline: Element | undefined): Element[] {
  const near = headline?.parentElement?.parentElement ?? headline?.parentElement;
  const scope = articleScope(document, headline);
  return [near, scope, document.body].filter((element): element is Element => element != null);
}

const BYLINE_SELECTOR =
  '[itemprop~="author"], [rel~="author"], [class*="byline"], [class*="Byline"], [class*="author"], [class*="Author"], [id*="byline"]';
const BYLINE_WORDS = ['byline', 'author', 'authors', 'authorname', 'bylinename', 'bylineauthor', 'writer'];
const NOT_BYLINE_WORDS = ['bio', 'authorbio', 'authorbox', 'aboutauthor', 'avatar', 'authorimage', 'photo', 'img'];
const BYLINE_MAX_CHARS = 200;

/**
 * Authors as the article's byline elements show them: `[itemprop=author]`
 * elements (their `[itemprop=name]`), else `rel=author` links, else the
 * byline element's whole text ("By Jane Doe and John Roe") without its date.
 */
export function findByline(document: Document, headline: Element | undefined): Found<string[]> | undefined {
  for (const scope of scopes(document, headline)) {
    const candidates = outermost(
      [...scope.querySelectorAll(BYLINE_SELECTOR)].filter((element) => isBylineElement(element) && !insideBox(element)),
    );
    if (candidates.length === 0) continue;
    const itemprop = candidates.filter((element) => hasToken(element, 'itemprop', 'author'));
    if (itemprop.length > 0) {
      const names = itemprop.map(personName).filter(Boolean);
      if (names.length > 0)
        return { value: names, evidence: `the page's [itemprop="author"] elements`, elements: itemprop };
    }
    const rel = candidates.filter((element) => hasToken(element, 'rel', 'author'));
    if (rel.length > 0) {
      return { value: rel.map(textOfElement), evidence: `the page's rel="author" links`, elements: rel };
    }
    const [first] = candidates;
    const text = first ? textWithoutTimes(first) : '';
    if (first && text !== '') {
      return { value: [text], evidence: `the page's byline element (${describe(first)})`, elements: [first] };
    }
  }
  return undefined;
}

function isBylineElement(element: Element): boolean {
  if (hasToken(element, 'itemprop', 'author') || hasToken(element, 'rel', 'author')) return true;
  const words = domWords(element);
  if (NOT_BYLINE_WORDS.some((word) => words.has(word))) return false;
  if (!BYLINE_WORDS.some((word) => words.has(word))) return false;
  const length = textOfElement(element).length;
  return length > 1 && length <= BYLINE_MAX_CHARS;
}

function personName(element: Element): string {
  const name = element.querySelector('[itemprop~="name"]');
  const value = name?.getAttribute('content') ?? (name ? textOfElement(name) : textOfElement(element));
  return collapse(value);
}

/**
 * The date the article's elements show: an `[itemprop=datePublished]`
 * element, else a `<time pubdate>`, else the first `<time>` near the headline
 * or in the article (its datetime attribute, else its text), else a short
 * date element (`.date`, `.published`, `.timestamp`).
 */
export function findDate(document: Document, headline: Element | undefined): Found<string> | undefined {
  const marked = document.querySelector('[itemprop~="datePublished"]:not(meta), time[pubdate]');
  if (marked && !insideBox(marked)) {
    const found = timeValue(marked);
    if (found) return found;
  }
  for (const scope of scopes(document, headline)) {
    for (const time of scope.querySelectorAll('time')) {
      if (insideBox(time)) continue;
      const found = timeValue(time);
      if (found) return found;
    }
  }
  for (const scope of scopes(document, headline)) {
    for (const element of scope.querySelectorAll('[class*="date"], [class*="Date"], [class*="published"]')) {
      const words = domWords(element);
      const text = textOfElement(element);
      if (!DATE_WORDS.some((word) => words.has(word)) || text.length > 60 || !/\d/.test(text)) continue;
      if (insideBox(element)) continue;
      return { value: text, evidence: `the page's date element (${describe(element)})`, elements: [element] };
    }
  }
  return undefined;
}

const DATE_WORDS = ['date', 'published', 'pubdate', 'publishdate', 'timestamp', 'posted', 'postdate', 'entrydate'];

function timeValue(element: Element): Found<string> | undefined {
  const name = element.localName === 'time' ? '<time' : `<${element.localName} itemprop="datePublished"`;
  for (const attribute of ['datetime', 'content']) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) return { value, evidence: `the article's ${name} ${attribute}>`, elements: [element] };
  }
  const text = textOfElement(element);
  return text === '' ? undefined : { value: text, evidence: `the article's ${name}> text`, elements: [element] };
}

const DEK_WORDS = ['dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'strapline', 'summary', 'sapo', 'excerpt'];
const DEK_SELECTOR = [
  '[itemprop~="alternativeHeadline"]',
  '[itemprop~="description"]',
  ...['dek', 'deck', 'standfirst', 'sub', 'summary', 'strap', 'excerpt', 'Dek', 'Sub', 'Summary'].flatMap((word) => [
    `[class*="${word}"]`,
    `[id*="${word}"]`,
  ]),
].join(', ');
const DEK_MIN_CHARS = 15;
const DEK_MAX_CHARS = 400;
/** A block near the headline that holds this many paragraphs is the article, not its header. */
const HEADER_MAX_PARAGRAPHS = 3;

/**
 * The standfirst shown under the headline: a `.dek` / `.standfirst` /
 * `.subtitle`-like element or `[itemprop=alternativeHeadline]` near the
 * headline, else the h2 right after the h1, else an element near the
 * headline showing a standfirst the page states elsewhere (its JSON-LD
 * alternativeHeadline or meta description).
 */
export function findDek(
  document: Document,
  headline: Element | undefined,
  statedTexts: readonly string[],
): Found<string> | undefined {
  const headlineText = headline ? comparable(textOfElement(headline)) : '';
  const fits = (element: Element) => {
    const text = textOfElement(element);
    return (
      text.length >= DEK_MIN_CHARS &&
      text.length <= DEK_MAX_CHARS &&
      comparable(text) !== headlineText &&
      !inParagraphRun(element)
    );
  };
  for (const scope of scopes(document, headline).slice(0, 2)) {
    for (const element of scope.querySelectorAll(DEK_SELECTOR)) {
      const words = domWords(element);
      const marked =
        hasToken(element, 'itemprop', 'alternativeHeadline') || hasToken(element, 'itemprop', 'description');
      if ((marked || DEK_WORDS.some((word) => words.has(word))) && fits(element) && !insideBox(element)) {
        return found(element, `the page's standfirst element (${describe(element)})`);
      }
    }
  }
  const next = headline?.nextElementSibling;
  if (next?.localName === 'h2' && fits(next)) return found(next, `the h2 that follows the page's h1`);
  if (statedTexts.length === 0 || !headline) return undefined;
  const wanted = new Set(statedTexts.map(comparable));
  const shows = (element: Element) => wanted.has(comparable(textOfElement(element))) && fits(element);
  const header = headline.parentElement;
  const near = [
    ...followingSiblings(headline, NEAR_SIBLINGS),
    ...(header && header.querySelectorAll('p').length <= HEADER_MAX_PARAGRAPHS
      ? header.querySelectorAll('p, h2, div, span')
      : []),
  ];
  const shown = near.find(shows);
  return shown ? found(shown, `the page's meta description, shown under the headline`) : undefined;
}

/** How many elements after the headline may show its standfirst. */
const NEAR_SIBLINGS = 3;

function followingSiblings(element: Element, count: number): Element[] {
  const siblings: Element[] = [];
  for (let next = element.nextElementSibling; next && siblings.length < count; next = next.nextElementSibling) {
    siblings.push(next);
  }
  return siblings;
}

/** A paragraph among the story's paragraphs (a lede marked "summary" for voice assistants) is not a standfirst. */
function inParagraphRun(element: Element): boolean {
  if (element.localName !== 'p' || !element.parentElement) return false;
  let paragraphs = 0;
  for (const sibling of element.parentElement.children) {
    if (sibling !== element && sibling.localName === 'p' && textOfElement(sibling).length >= BODY_PARAGRAPH_CHARS) {
      paragraphs += 1;
    }
  }
  return paragraphs >= 2;
}
const BODY_PARAGRAPH_CHARS = 80;

function found(element: Element, evidence: string): Found<string> {
  return { value: standfirstText(element), evidence, elements: [element] };
}

/** A standfirst's text; one written as a list of points reads as its points, each ending a sentence. */
function standfirstText(element: Element): string {
  const items = element.localName === 'ul' || element.localName === 'ol' ? [...element.querySelectorAll('li')] : [];
  if (items.length === 0) return textOfElement(element);
  return items
    .map(textOfElement)
    .filter(Boolean)
    .map((item) => (/[.!?:;]["”’]?$/.test(item) ? item : `${item}.`))
    .join(' ');
}

/** Inside a box that is not the story: related links, comments, an author bio, a sidebar, a footer. */
function insideBox(element: Element): boolean {
  for (let parent = element.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
    const tag = parent.localName;
    if (tag === 'article' || tag === 'main') return false;
    if (boxLabel({ tag, role: (parent.getAttribute('role') ?? '').toLowerCase(), words: domWords(parent) })) {
      return true;
    }
  }
  return false;
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

function textWithoutTimes(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const time of clone.querySelectorAll('time')) time.remove();
  return collapse(clone.textContent ?? '').replace(/[\s|•·,–—-]+$/u, '');
}

function hasToken(element: Element, attribute: string, token: string): boolean {
  return (element.getAttribute(attribute) ?? '').split(/\s+/).includes(token);
}

/** `.byline` or `#byline` or `<p>`: how to name an element in evidence. */
function describe(element: Element): string {
  const className = element.getAttribute('class')?.trim().split(/\s+/)[0];
  if (className) return `.${className}`;
  const id = element.getAttribute('id');
  return id ? `#${id}` : `<${element.localName}>`;
}
