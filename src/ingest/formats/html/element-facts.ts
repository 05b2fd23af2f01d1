/**
 * What a furniture rule may look at: the element's name, ARIA role, class
 * and id words, and (lazily) its text. Read the same way over the page's DOM
 * (dom-facts.ts) and over an HTML fragment's hast (hast-facts.ts). Its own
 * module so that the rules (furniture-markup.ts, furniture-text.ts) and
 * furniture-rules.ts, which combines them, do not import each other.
 */
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
