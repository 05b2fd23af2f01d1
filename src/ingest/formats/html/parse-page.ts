import { parseHTML } from 'linkedom';

/** Elements that belong in `<head>` when a page leaves them loose. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

/**
 * The page as a DOM (linkedom). linkedom does not add the `<html>`, `<head>`
 * and `<body>` elements that a browser implies, and a page that leaves them
 * out would lose its content to Readability, which reads `document.body`; so
 * the text is wrapped in `<html>` when it has none, and loose content is
 * moved into `<body>` (loose metadata before it into `<head>`).
 */
export function parsePage(text: string): Document {
  const source = /<html[\s>]/i.test(text) ? text : `<!doctype html><html>${text.replace(DOCTYPE, '')}</html>`;
  const { document } = parseHTML(source);
  const root = document.documentElement;
  const strays = [...root.childNodes].filter(
    (node) => !(node.nodeType === ELEMENT_NODE && ['head', 'body'].includes((node as Element).localName)),
  );
  if (strays.some(isContent)) {
    const head = ensureChild(document, root, 'head');
    const body = ensureChild(document, root, 'body');
    let seenBody = false;
    const firstInBody = body.firstChild;
    for (const node of [...root.childNodes]) {
      if (node === body) {
        seenBody = true;
        continue;
      }
      if (node === head) continue;
      if (!seenBody && isHeadElement(node) && body.childNodes.length === 0) head.append(node);
      else if (seenBody) body.append(node);
      else body.insertBefore(node, firstInBody);
    }
  }
  return document;
}

const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const ELEMENT_NODE = 1;

function isContent(node: ChildNode): boolean {
  return node.nodeType === ELEMENT_NODE ? !isHeadElement(node) : (node.textContent ?? '').trim() !== '';
}

function isHeadElement(node: ChildNode): boolean {
  return node.nodeType === ELEMENT_NODE && HEAD_ELEMENTS.has((node as Element).localName);
}

function ensureChild(document: Document, root: Element, name: 'head' | 'body'): Element {
  const existing = [...root.children].find((child) => child.localName === name);
  if (existing) return existing;
  const element = document.createElement(name);
  if (name === 'head') root.prepend(element);
  else root.append(element);
  return element;
}
