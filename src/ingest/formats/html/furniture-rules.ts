import type { ElementFacts } from './element-facts.ts';
import { markupLabel } from './furniture-markup.ts';
import { textLabel } from './furniture-text.ts';

/**
 * Page furniture: the parts of a news page around and inside the article that
 * are not the story (share bars, related links, newsletter boxes, cookie and
 * paywall prompts, ads, comments, author bios, tag lists). The rules are data,
 * read the same way over the page's DOM (before Readability) and over an HTML
 * fragment's hast, through `ElementFacts`: furniture-markup.ts tells it by
 * element names, roles and class words, furniture-text.ts by what it says.
 */

/** The furniture an element is (a label for the report), or undefined when it may be article text. */
export function furnitureLabel(element: ElementFacts): string | undefined {
  return markupLabel(element) ?? textLabel(element);
}
