import { parseHTML } from 'linkedom';

/** Elements that belong in `<head>` when a page leaves them loose. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

/**
 * The page as a DOM (linkedom), shaped as a browser would build it:
 * `<html>` holding `<head>` then `<body>`, and nothing else. linkedom does
 * not add the elements a browser implies, nor close a `<head>` that the page
 * never closes, and it takes for `document.body` only an element right after
 * `<head>` (it adds an empty one otherwise). Readability reads
 * `document.body` and walks up to it from the text, so a page that leaves
 * out `<body>`, puts a `<link>` between `</head>` and `<body>`, or runs its
 * content on inside an unclosed `<head>` would lose its article or crash
 * it. So: loose metadata goes into `<head>`, everything else into `<body>`,
 * in order, and the head's content from its first non-metadata node on
 * (where a browser closes the head) moves to the top of the body.
 */
export function parsePage(text: string): Document {
  const source = /<html[\s>]/i.test(text) ? text : `<!doctype html><html>${text.replace(DOCTYPE, '')}</html>`;
  let { document } = parseHTML(source);
  if (document.documentElement?.localName !== 'html') {
    // Elements before <html> (a <style> block): linkedom takes the first for
    // the root. Read the page without its html, head and body tags instead.
    ({ document } = parseHTML(`<!doctype html><html>${text.replace(DOCTYPE, '').replace(ROOT_TAGS, '')}</html>`));
  }
  const root = document.documentElement;
  const isRootPart = (node: ChildNode, name: string) =>
    node.nodeType === ELEMENT_NODE && (node as Element).localName === name;
  const nodes = [...root.childNodes];
  if (nodes.length === 2 && isRootPart(nodes[0]!, 'head') && isRootPart(nodes[1]!, 'body')) {
    moveHeadContent(document.head, document.body);
    return document;
  }
  const head = ensureChild(document, root, 'head');
  const body = ensureChild(document, root, 'body');
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  let seenBody = false;
  for (const node of nodes) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    if (isRootPart(node, 'body')) {
      // A second <body>: its content follows the first's.
      after.push(...node.childNodes);
      node.remove();
    } else if (!seenBody && (isHeadElement(node) || !isContent(node))) head.append(node);
    else (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
  root.replaceChildren(head, body);
  moveHeadContent(head, body);
  return document;
}

const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const ROOT_TAGS = /<\/?(?:html|head|body)(?:\s[^>]*)?>/gi;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A head the page never closed holds the page: from its first content node on, it goes to the body. */
function moveHeadContent(head: Element, body: Element): void {
  const nodes = [...head.childNodes];
  const first = nodes.findIndex(isContent);
  if (first >= 0) body.prepend(...nodes.slice(first));
}

/** An element that is not metadata, or text that is not blank (comments are neither). */
function isContent(node: ChildNode): boolean {
  if (node.nodeType === ELEMENT_NODE) return !isHeadElement(node);
  return node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '';
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
