import { domWords, textOfElement } from './dom-facts.ts';
import { describe, hasToken, insideBox, scopes, type Found } from './page-elements.ts';
import { comparable } from './text.ts';

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
