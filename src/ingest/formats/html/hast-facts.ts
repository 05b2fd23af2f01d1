import type { Element, Nodes, Root } from 'hast';
import { ruleWords } from './furniture-markup.ts';
import type { ElementFacts } from './element-facts.ts';
import { collapse } from './text.ts';

/** Furniture-rule facts for a hast element; text and link share are computed only if a rule asks. */
export function hastFacts(element: Element): ElementFacts {
  let text: string | undefined;
  const readText = () => (text ??= collapse(textOf(element)));
  return {
    tag: element.tagName,
    role: String(element.properties.role ?? '').toLowerCase(),
    words: ruleWords(classNameOf(element), String(element.properties.id ?? '')),
    text: readText,
    linkShare: () => {
      const all = readText().length;
      return all === 0 ? 0 : Math.min(1, linkTextLength(element) / all);
    },
  };
}

export function classNameOf(element: Element): string {
  const value = element.properties.className;
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) && value.includes(name);
}

function linkTextLength(node: Element | Root): number {
  let length = 0;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    length += child.tagName === 'a' ? collapse(textOf(child)).length : linkTextLength(child);
  }
  return length;
}

/** The text of a node's text descendants (like the DOM's textContent). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}
