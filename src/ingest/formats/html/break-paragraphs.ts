/**
 * Old pages separate paragraphs with `<br><br>` instead of `<p>`, often inside
 * `<font>` wrappers, where Readability's own conversion merges lines (the
 * headline, standfirst and byline run into the first paragraph). This wraps
 * each run of inline content between such break chains in its own `<p>`
 * first, innermost elements first.
 */
export function paragraphsFromBreaks(document: Document): void {
  const parents = new Set<Element>();
  for (const br of document.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (parent && startsChain(br)) parents.add(parent);
  }
  const deepestFirst = [...parents].sort((a, b) => depth(b) - depth(a));
  for (const parent of deepestFirst) splitAtChains(document, parent);
}

/** A `<br>` followed (across whitespace) by another `<br>`. */
function startsChain(br: Element): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === TEXT_NODE && (next.textContent ?? '').trim() === '') next = next.nextSibling;
  return next?.nodeType === ELEMENT_NODE && (next as Element).localName === 'br';
}

function splitAtChains(document: Document, parent: Element): void {
  const segments: ChildNode[][] = [[]];
  const children = [...parent.childNodes];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (isBr(node) && startsChain(node as Element)) {
      let j = i + 1;
      while (j < children.length && (isBr(children[j]!) || isBlank(children[j]!))) j++;
      for (let k = i; k < j; k++) children[k]!.remove();
      segments.push([]);
      i = j - 1;
      continue;
    }
    segments.at(-1)!.push(node);
  }
  for (const segment of segments) {
    if (segment.every(isBlank) || segment.some(holdsBlocks)) continue;
    const paragraph = document.createElement('p');
    segment[0]!.before(paragraph);
    for (const node of segment) paragraph.append(node);
  }
  // A <p> cannot hold paragraphs: it becomes a neutral wrapper.
  if (parent.localName === 'p' && segments.length > 1) {
    const wrapper = document.createElement('div');
    parent.before(wrapper);
    wrapper.append(...parent.childNodes);
    parent.remove();
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCKS = 'p, div, table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, figure, section, article, pre, hr';

function isBr(node: ChildNode): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === 'br';
}

function isBlank(node: ChildNode): boolean {
  return node.nodeType !== ELEMENT_NODE && (node.textContent ?? '').trim() === '';
}

function holdsBlocks(node: ChildNode): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return element.matches(BLOCKS) || element.querySelector(BLOCKS) !== null;
}

function depth(element: Element): number {
  let count = 0;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) count++;
  return count;
}
