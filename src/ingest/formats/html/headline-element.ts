import { textOfElement } from './dom-facts.ts';
import { insideBox } from './page-elements.ts';
import { comparable } from './text.ts';

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
