import { domWords, textOfElement } from './dom-facts.ts';
import { describe, hasToken, insideBox, scopes, type Found } from './page-elements.ts';
import { collapse } from './text.ts';

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

function outermost(elements: Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

function textWithoutTimes(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const time of clone.querySelectorAll('time')) time.remove();
  return collapse(clone.textContent ?? '').replace(/[\s|•·,–—-]+$/u, '');
}
