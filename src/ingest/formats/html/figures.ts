import type { Element, ElementContent } from 'hast';
import { attributeWords } from './furniture-markup.ts';
import { classNameOf, hasClass, textOf } from './hast-facts.ts';
import { collapse } from './text.ts';

/** A figure's caption, split into what it says and who took the picture. */
export interface FigureCaption {
  /** The caption's content with the credit taken out. */
  readonly content: readonly ElementContent[];
  readonly credit?: string;
}

/** Class words of the credit part of a caption ("credit", "photo-credit", "copyright"). */
export const CREDIT_WORDS = ['credit', 'credits', 'copyright', 'photographer', 'attribution', 'source'];
/** "Photo: Jane Doe" / "(Credit: AP)" / "Photograph by Jane Doe" ending a caption's text. */
const TRAILING_CREDIT =
  /\s*\(?\b(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video)(?:\s+by|\s*:)\s*([^()]{2,80}?)\)?\s*$/iu;
const CREDIT_PREFIX = /^(?:\(|©\s*|(?:photo(?:graph)?s?|image|picture|credit|illustration)(?:\s+by|\s*:)\s*)+/iu;

/** Is this element the caption of a figure (figcaption, or WordPress's `.wp-caption-text`)? */
export function isCaptionElement(element: Element): boolean {
  return element.tagName === 'figcaption' || hasClass(element, 'wp-caption-text');
}

/** Is this element a captioned picture (figure, or WordPress's `div.wp-caption`)? */
export function isFigureElement(element: Element): boolean {
  return element.tagName === 'figure' || hasClass(element, 'wp-caption');
}

/** Splits a caption element into its text and its credit, when the caption names one. */
export function readCaption(caption: Element): FigureCaption {
  const creditElement = findCredit(caption);
  if (creditElement) {
    const credit = cleanCredit(textOf(creditElement));
    const content = withoutElement(caption.children, creditElement);
    return credit ? { content, credit } : { content };
  }
  const last = lastText(caption);
  const match = last ? TRAILING_CREDIT.exec(last.value) : null;
  if (last && match?.[1] && match.index > 0) {
    last.value = last.value.slice(0, match.index);
    return { content: caption.children, credit: cleanCredit(match[1]) };
  }
  return { content: caption.children };
}

function findCredit(parent: Element): Element | undefined {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    const words = attributeWords(classNameOf(child), '');
    if (child.tagName === 'small' || child.tagName === 'cite' || CREDIT_WORDS.some((word) => words.has(word))) {
      return child;
    }
    const inner = findCredit(child);
    if (inner) return inner;
  }
  return undefined;
}

function withoutElement(children: readonly ElementContent[], target: Element): ElementContent[] {
  return children
    .filter((child) => child !== target)
    .map((child) =>
      child.type === 'element' ? { ...child, children: withoutElement(child.children, target) } : child,
    );
}

function lastText(element: Element): { value: string } | undefined {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i];
    if (!child) continue;
    if (child.type === 'text') {
      if (child.value.trim() !== '') return child;
    } else if (child.type === 'element') {
      return lastText(child);
    }
  }
  return undefined;
}

function cleanCredit(text: string): string | undefined {
  const credit = collapse(text).replace(CREDIT_PREFIX, '').replace(/\)$/, '').trim();
  return credit === '' ? undefined : credit;
}
