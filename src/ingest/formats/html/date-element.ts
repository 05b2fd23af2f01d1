import { domWords, textOfElement } from './dom-facts.ts';
import { describe, insideBox, scopes, type Found } from './page-elements.ts';

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
