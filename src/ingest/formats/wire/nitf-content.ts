import type { BlockContent, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { DomUtils } from 'htmlparser2';
import { stripControls } from '../body-contract.ts';
import { collapseWhitespace } from '../plain-paragraphs.ts';
import { child, isCData, isElement, isText, lineText, type WireElement, type WireNode } from './dom.ts';

type Note = (note: string) => void;

const HEADINGS = new Set(['hl1', 'hl2', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const QUOTES = new Set(['bq', 'blockquote']);
const LISTS = new Set(['ul', 'ol']);
const EMPHASIS = new Set(['em', 'i']);
const STRONG = new Set(['strong', 'b']);

/**
 * NITF <body.content> → mdast blocks: <p>, subheads (<hl2>), block quotes
 * (<bq>), lists, tables (a paragraph per row) and media, kept as the
 * caption of an image the archive does not keep. Text outside any block
 * element becomes a paragraph of its own.
 */
export function nitfBlocks(nodes: readonly WireNode[], note: Note): BlockContent[] {
  const out: BlockContent[] = [];
  let loose: WireNode[] = [];
  const flush = () => {
    const paragraph = toParagraph(loose);
    if (paragraph) out.push(paragraph);
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || isInline(node)) {
      loose.push(node);
      continue;
    }
    flush();
    out.push(...block(node, note));
  }
  flush();
  return out;
}

function block(element: WireElement, note: Note): BlockContent[] {
  const { name } = element;
  if (name === 'p' || name === 'pre') return optional(toParagraph(element.children));
  if (HEADINGS.has(name)) {
    const text = lineText(element);
    return text ? [{ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] }] : [];
  }
  if (QUOTES.has(name)) {
    const children = nitfBlocks(element.children, note);
    return children.length > 0 ? [{ type: 'blockquote', children }] : [];
  }
  if (LISTS.has(name)) {
    const items: ListItem[] = element.children
      .filter(isElement)
      .filter((item) => item.name === 'li')
      .map((item) => ({ type: 'listItem', spread: false, children: nitfBlocks(item.children, note) }));
    return [{ type: 'list', ordered: name === 'ol', spread: false, children: items }];
  }
  if (name === 'table') {
    return DomUtils.findAll((row) => row.name === 'tr', element.children).flatMap((row) =>
      optional(
        paragraphOf(
          row.children
            .filter(isElement)
            .map((cell) => lineText(cell))
            .join(' | '),
        ),
      ),
    );
  }
  if (name === 'media') return media(element, note);
  if (name === 'note' || name === 'fn') {
    note(`dropped an NITF <${name}> ("${lineText(element)}")`);
    return [];
  }
  // <block> and anything else that groups blocks.
  return nitfBlocks(element.children, note);
}

/** A media object: the archive keeps its caption, not the picture or video. */
function media(element: WireElement, note: Note): BlockContent[] {
  const type = element.attribs['media-type'] ?? 'media object';
  const caption = lineText(child(element, 'media-caption') ?? []);
  note(`dropped an NITF ${type}${caption === '' ? '' : ', kept its caption'}`);
  if (caption === '') return [];
  const credit = lineText(child(element, 'media-producer') ?? []);
  const directive: ContainerDirective = {
    type: 'containerDirective',
    name: 'caption',
    attributes: credit ? { credit } : {},
    children: [{ type: 'paragraph', children: [{ type: 'text', value: caption }] }],
  };
  return [directive as unknown as BlockContent];
}

function isInline(element: WireElement): boolean {
  return !['p', 'pre', 'block', 'media', 'table', 'note', 'fn', ...HEADINGS, ...QUOTES, ...LISTS].includes(
    element.name,
  );
}

function optional(paragraph: Paragraph | undefined): Paragraph[] {
  return paragraph ? [paragraph] : [];
}

function paragraphOf(text: string): Paragraph | undefined {
  const value = collapseWhitespace(text);
  return value === '' ? undefined : { type: 'paragraph', children: [{ type: 'text', value }] };
}

function toParagraph(nodes: readonly WireNode[]): Paragraph | undefined {
  const children = trimEdges(mergeTexts(phrasing(nodes)));
  return children.length > 0 ? { type: 'paragraph', children } : undefined;
}

/** Inline NITF (and the HTML it borrows): emphasis, links and breaks kept; <person>, <org>, <q>… are their text. */
function phrasing(nodes: readonly WireNode[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      const value = stripControls(node.data).replace(/[\s\u00a0]+/g, ' ');
      if (value !== '') out.push({ type: 'text', value });
      continue;
    }
    if (isCData(node)) {
      out.push(...phrasing(node.children));
      continue;
    }
    if (!isElement(node)) continue;
    const children = phrasing(node.children);
    if (node.name === 'br') out.push({ type: 'break' });
    else if (EMPHASIS.has(node.name)) out.push({ type: 'emphasis', children });
    else if (STRONG.has(node.name)) out.push({ type: 'strong', children });
    else if (node.name === 'a' && node.attribs.href)
      out.push({ type: 'link', url: node.attribs.href.trim(), children });
    else out.push(...children);
  }
  return out;
}

/** Adjacent text nodes (from inline elements kept as their text) as one. */
function mergeTexts(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of children) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}

/** Whitespace at the paragraph's edges is the markup's indentation, not text. */
function trimEdges(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return children.filter((node) => node.type !== 'text' || node.value !== '');
}
