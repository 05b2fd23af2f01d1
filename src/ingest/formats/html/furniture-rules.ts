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

/** What a rule may look at: the element's name, ARIA role, class and id words, and (lazily) its text. */
export interface ElementFacts {
  /** Lowercase tag name. */
  readonly tag: string;
  readonly role: string;
  /** Words of the class and id attributes, lowercased, plus each adjacent pair joined ("most-read" → most, read, mostread). */
  readonly words: ReadonlySet<string>;
  /** The element's text, whitespace collapsed and trimmed. */
  readonly text: () => string;
  /** The share of the element's text that is link text, 0–1. */
  readonly linkShare: () => number;
}

/** The furniture an element is (a label for the report), or undefined when it may be article text. */
export function furnitureLabel(element: ElementFacts): string | undefined {
  return markupLabel(element) ?? textLabel(element);
}
