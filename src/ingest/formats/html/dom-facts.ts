import { attributeWords, ruleWords } from './furniture-markup.ts';
import type { ElementFacts } from './element-facts.ts';
import { collapse } from './text.ts';

/** Furniture-rule facts for a DOM element; text and link share are computed only if a rule asks. */
export function domFacts(element: Element): ElementFacts {
  let text: string | undefined;
  const readText = () => (text ??= collapse(element.textContent ?? ''));
  const attributed = element.hasAttributes();
  return {
    tag: element.localName,
    role: attributed ? (element.getAttribute('role') ?? '').toLowerCase() : '',
    words: attributed ? ruleWords(element.getAttribute('class') ?? '', element.getAttribute('id') ?? '') : new Set(),
    text: readText,
    linkShare: () => {
      const all = readText().length;
      if (all === 0) return 0;
      let links = 0;
      for (const link of element.querySelectorAll('a')) links += collapse(link.textContent ?? '').length;
      return Math.min(1, links / all);
    },
  };
}

export function domWords(element: Element): Set<string> {
  return attributeWords(element.getAttribute('class') ?? '', element.getAttribute('id') ?? '');
}

/** The element's text, whitespace collapsed. */
export function textOfElement(element: Element): string {
  return collapse(element.textContent ?? '');
}

/** The length of the text of the `<p>` elements in an element (those at least `min` characters long). */
export function paragraphTextLength(element: Element, min = 0): number {
  let length = 0;
  for (const p of element.querySelectorAll('p')) {
    const paragraph = (p.textContent ?? '').trim().length;
    if (paragraph >= min) length += paragraph;
  }
  return length;
}
