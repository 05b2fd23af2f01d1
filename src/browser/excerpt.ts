/**
 * Turns a Pagefind excerpt (escaped text with `<mark>` around matched words)
 * into DOM nodes, keeping only text and the marks, so nothing in an excerpt
 * can ever become markup.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of parsed.body.firstElementChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(doc.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}
