import { domFacts, paragraphTextLength } from './dom-facts.ts';
import { markupLabel } from './furniture-markup.ts';
import { addTo, type Tally } from './tally.ts';

/**
 * Drops page furniture from the page, as its markup tells it (see
 * markupLabel in furniture-rules.ts), before Readability looks for the
 * article, so that boxes inside the article (share bars, newsletter sign-ups,
 * related links) do not come out with it and Readability has less to read.
 * An element that holds half the page's paragraph text or more, or the
 * marked article body, is kept whatever its class says: some sites wrap the
 * story itself in a "paywall" or "has-comments" box.
 */
export function dropFurnitureFromDom(document: Document): Tally {
  const tally: Tally = new Map();
  const body = document.body;
  if (!body) return tally;
  const half = paragraphTextLength(body) / 2;
  const isStory = (element: Element) =>
    (half > 0 && paragraphTextLength(element) >= half) ||
    element.matches('[itemprop~="articleBody"]') ||
    element.querySelector('[itemprop~="articleBody"]') !== null;
  visit(body, isStory, tally);
  return tally;
}

function visit(parent: Element, isStory: (element: Element) => boolean, tally: Tally): void {
  let next: Element | null;
  for (let element = parent.firstElementChild; element; element = next) {
    next = element.nextElementSibling;
    const label = markupLabel(domFacts(element));
    if (label && !isStory(element)) {
      addTo(tally, label);
      element.remove();
    } else {
      visit(element, isStory, tally);
    }
  }
}
