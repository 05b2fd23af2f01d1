import { domWords } from './dom-facts.ts';
import { boxLabel } from './furniture-markup.ts';

/**
 * What the readers of a page's own elements share: where to look (nearest the
 * headline first), what is inside a box that is not the story, and how to
 * name an element in evidence. The elements themselves are found by
 * headline-element.ts, byline-element.ts, date-element.ts and
 * standfirst-element.ts: read for metadata when the page states none, and
 * taken out of the page before Readability so they do not leak into the body.
 */

export interface Found<T> {
  readonly value: T;
  readonly evidence: string;
  readonly elements: readonly Element[];
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
export function scopes(document: Document, headline: Element | undefined): Element[] {
  const near = headline?.parentElement?.parentElement ?? headline?.parentElement;
  const scope = articleScope(document, headline);
  return [near, scope, document.body].filter((element): element is Element => element != null);
}

/** Inside a box that is not the story: related links, comments, an author bio, a sidebar, a footer. */
export function insideBox(element: Element): boolean {
  for (let parent = element.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
    const tag = parent.localName;
    if (tag === 'article' || tag === 'main') return false;
    if (boxLabel({ tag, role: (parent.getAttribute('role') ?? '').toLowerCase(), words: domWords(parent) })) {
      return true;
    }
  }
  return false;
}

export function hasToken(element: Element, attribute: string, token: string): boolean {
  return (element.getAttribute(attribute) ?? '').split(/\s+/).includes(token);
}

/** `.byline` or `#byline` or `<p>`: how to name an element in evidence. */
export function describe(element: Element): string {
  const className = element.getAttribute('class')?.trim().split(/\s+/)[0];
  if (className) return `.${className}`;
  const id = element.getAttribute('id');
  return id ? `#${id}` : `<${element.localName}>`;
}
