import type { BlockContent, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/**
 * The entry body contract: what an entry body (mdast) may hold once the
 * ingester writes it, whatever the source format. The site's renderer and
 * sanitiser are built for exactly this.
 *
 * - Blocks: paragraph; heading of depth 2–4; list of listItems (paragraphs
 *   and nested lists); blockquote; thematicBreak; the container directives
 *   `quote` {by, handle?, date?, platform?} and `caption` {credit?, label?},
 *   each holding paragraphs.
 * - Phrasing: text, emphasis, strong, delete, inlineCode, break, and link
 *   with an http(s) URL and phrasing (no link) inside.
 *
 * Anything else is turned into what it says (raw HTML and code become text,
 * since source text is data, never markup) or dropped with a note: images
 * (the archive keeps text, not media), link references, footnotes.
 */
export function enforceBodyContract(root: Root): { readonly root: Root; readonly notes: readonly string[] } {
  const tally = new Map<string, number>();
  const note = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);
  const children = blocks(root.children, note);
  const notes = [...tally].map(([what, count]) => `${what} (${count})`);
  return { root: { type: 'root', children }, notes };
}

type Note = (what: string) => void;

const DIRECTIVES = new Set(['quote', 'caption']);

function blocks(nodes: readonly RootContent[], note: Note): BlockContent[] {
  const out: BlockContent[] = [];
  let loose: PhrasingContent[] = [];
  const flush = () => {
    const paragraph = toParagraphOrNothing(loose);
    if (paragraph) out.push(paragraph);
    loose = [];
  };
  for (const node of nodes) {
    const block = toBlock(node, note);
    if (block === 'phrasing') {
      loose.push(...phrasing([node as PhrasingContent], note));
      continue;
    }
    flush();
    out.push(...block);
  }
  flush();
  return out;
}

function toBlock(node: RootContent, note: Note): BlockContent[] | 'phrasing' {
  switch (node.type) {
    case 'paragraph': {
      const paragraph = toParagraphOrNothing(phrasing(node.children, note));
      return paragraph ? [paragraph] : [];
    }
    case 'heading': {
      const children = trimPhrasing(phrasing(node.children, note));
      if (children.length === 0) return [];
      return [{ type: 'heading', depth: Math.min(Math.max(node.depth, 2), 4) as 2 | 3 | 4, children }];
    }
    case 'list': {
      const items: ListItem[] = node.children
        .map((item): ListItem => ({ type: 'listItem', spread: false, children: blocks(item.children, note) }))
        .filter((item) => item.children.length > 0);
      return items.length > 0 ? [{ type: 'list', ordered: node.ordered ?? false, spread: false, children: items }] : [];
    }
    case 'blockquote': {
      const children = blocks(node.children, note);
      return children.length > 0 ? [{ type: 'blockquote', children }] : [];
    }
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
    case 'containerDirective':
      return directive(node, note);
    case 'code':
    case 'html':
      // Source text is data: raw HTML and code blocks are kept as the text they are.
      if (node.type === 'html') note('raw HTML kept as text');
      return node.value.trim() === ''
        ? []
        : node.value
            .split(/\n\s*\n/)
            .map((chunk) => toParagraphOrNothing([{ type: 'text', value: chunk.replace(/\s*\n\s*/g, ' ') }]))
            .filter((p): p is Paragraph => p !== undefined);
    case 'table':
      return node.children
        .map((row) =>
          toParagraphOrNothing([{ type: 'text', value: row.children.map((cell) => toString(cell)).join(' | ') }]),
        )
        .filter((p): p is Paragraph => p !== undefined);
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      note(`dropped ${node.type}`);
      return [];
    case 'leafDirective':
      note('directive kept as text');
      return [{ type: 'paragraph', children: [{ type: 'text', value: toString(node) }] }];
    default:
      return 'phrasing';
  }
}

function directive(node: ContainerDirective, note: Note): BlockContent[] {
  const children = blocks(node.children, note);
  if (!DIRECTIVES.has(node.name)) {
    note(`directive :::${node.name} unwrapped`);
    return children;
  }
  if (children.length === 0) return [];
  const allowed = node.name === 'quote' ? ['by', 'handle', 'date', 'platform'] : ['credit', 'label'];
  const attributes = Object.fromEntries(
    Object.entries(node.attributes ?? {}).filter(
      (entry): entry is [string, string] =>
        allowed.includes(entry[0]) && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  if (node.name === 'quote' && !attributes.by) {
    note('quote without a speaker kept as a blockquote');
    return [{ type: 'blockquote', children }];
  }
  return [{ type: 'containerDirective', name: node.name, attributes, children } as ContainerDirective as never];
}

function phrasing(nodes: readonly RootContent[], note: Note, inLink = false): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value !== '') out.push({ type: 'text', value: stripControls(node.value) });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        out.push({ type: node.type, children: phrasing(node.children, note, inLink) } as PhrasingContent);
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: stripControls(node.value) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link':
        if (!inLink && isWebUrl(node.url)) {
          out.push({ type: 'link', url: node.url, children: phrasing(node.children, note, true) });
        } else {
          if (!inLink) note('link that is not http(s) kept as its text');
          out.push(...phrasing(node.children, note, true));
        }
        break;
      case 'html':
        note('raw HTML kept as text');
        out.push({ type: 'text', value: stripControls(node.value) });
        break;
      case 'image':
      case 'imageReference':
        note('dropped image');
        break;
      case 'footnoteReference':
        note('dropped footnote reference');
        break;
      case 'linkReference':
        out.push(...phrasing(node.children, note, inLink));
        break;
      case 'textDirective':
        note('directive kept as text');
        out.push({ type: 'text', value: toString(node) });
        break;
      default:
        // A block where phrasing was expected (e.g. a paragraph inside a
        // heading from odd HTML): keep its text.
        if ('children' in node) out.push(...phrasing(node.children as RootContent[], note, inLink));
        else if ('value' in node && typeof node.value === 'string') out.push({ type: 'text', value: node.value });
    }
  }
  return out;
}

/** http: and https: only; everything else (javascript:, data:, relative) is not a link in an archive entry. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** C0 and C1 control characters other than tab and line feed, which no news text means. */
export function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function toParagraphOrNothing(children: PhrasingContent[]): Paragraph | undefined {
  const trimmed = trimPhrasing(children);
  return trimmed.length > 0 ? { type: 'paragraph', children: trimmed } : undefined;
}

/**
 * Drops leading and trailing phrasing that shows nothing (white space,
 * breaks); white space between inline nodes is kept, it separates words.
 * Empty when nothing visible is left.
 */
function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const blank = (child: PhrasingContent) => child.type === 'break' || toString(child).trim() === '';
  const first = children.findIndex((child) => !blank(child));
  if (first === -1) return [];
  const last = children.findLastIndex((child) => !blank(child));
  return children.slice(first, last + 1);
}
