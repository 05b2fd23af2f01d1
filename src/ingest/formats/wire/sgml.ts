import { DomUtils } from 'htmlparser2';
import { stripControls } from '../body-contract.ts';
import type { Stated } from '../../reading/received.ts';
import { readStated } from '../../reading/dates/stated-date.ts';
import { toParagraph } from '../to-mdast.ts';
import { collapseWhitespace } from '../plain-paragraphs.ts';
import {
  attribute,
  child,
  descendants,
  isCData,
  isElement,
  isText,
  lineText,
  type WireDocument,
  type WireElement,
  type WireNode,
} from './dom.ts';
import { TRANSMISSION_STAMP } from './sign-offs.ts';
import type { WireArticle, WireBlock } from './wire-article.ts';

/** Elements that each hold one article of an SGML wire file (Reuters-21578, TREC/TIPSTER). */
export const SGML_ARTICLES: ReadonlySet<string> = new Set(['reuters', 'doc']);

/*
 * What the tags of the SGML dialects hold: Reuters-21578 (TITLE, AUTHOR,
 * DATELINE, BODY in TEXT), TREC/TIPSTER AP (HEAD, BYLINE, DATELINE, TEXT),
 * WSJ (HL, DD, SO), FT (HEADLINE, PUB), LA Times (HEADLINE, BYLINE, TEXT of
 * <P>s) and FBIS (TI, DATE1). Tag names are lower-cased by the parser.
 */
const HEADLINE_TAGS = new Set(['title', 'head', 'headline', 'hl', 'ti']);
const BYLINE_TAGS = new Set(['byline', 'author']);
const DATE_TAGS = new Set(['date', 'dd', 'date1']);
const PUBLICATION_TAGS = new Set(['pub', 'so']);
const BODY_TAGS = new Set(['text', 'body']);

const tag = (name: string) => `the wire's <${name.toUpperCase()}> tag`;

/**
 * Reads one article of an SGML wire file; `root` is its REUTERS or DOC
 * element, or the whole document when the file is a single article without
 * one. Text is body text only inside TEXT or BODY; a headline tag met after
 * body text is a subheading (TREC documents in several HEAD/TEXT parts).
 */
export function readSgmlArticle(root: WireElement | WireDocument): WireArticle {
  let headline: Stated<string> | undefined;
  let dek: Stated<string> | undefined;
  let date: Stated<string> | undefined;
  let stamp: Stated<string> | undefined;
  let dateline: Stated<string> | undefined;
  let publication: Stated<string> | undefined;
  const bylines: string[] = [];
  const bylineTags = new Set<string>();
  const topics: string[] = [];
  const blocks: WireBlock[] = [];
  const notes: string[] = [];
  let copyOpen = false;

  const hasBodyText = () =>
    blocks.some((block) => block.kind === 'node' || /[\p{L}\p{N}]/u.test(stripControls(block.text)));
  const addCopy = (text: string) => {
    const last = blocks.at(-1);
    if (copyOpen && last?.kind === 'copy') blocks[blocks.length - 1] = { kind: 'copy', text: last.text + text };
    else blocks.push({ kind: 'copy', text });
    copyOpen = true;
  };
  const addNode = (block: WireBlock) => {
    blocks.push(block);
    copyOpen = false;
  };
  const readHeadline = (element: WireElement) => {
    const text = headlineText(element);
    if (text === '') return;
    if (hasBodyText())
      addNode({ kind: 'node', node: { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] } });
    else if (!headline) headline = { value: text, evidence: tag(element.name) };
    else if (!dek) dek = { value: text, evidence: `the wire's second <${element.name.toUpperCase()}> tag` };
    else addNode({ kind: 'node', node: { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] } });
  };

  const visit = (nodes: readonly WireNode[], inBody: boolean, brief: boolean): void => {
    for (const node of nodes) {
      if (isText(node)) {
        if (inBody && brief && /[\p{L}\p{N}]/u.test(node.data))
          notes.push(`dropped "${lineText(node)}": a TYPE="BRIEF" story is its headline only`);
        else if (inBody) addCopy(node.data);
        continue;
      }
      if (isCData(node)) {
        visit(node.children, inBody, brief);
        continue;
      }
      if (!isElement(node)) continue;
      if (SGML_ARTICLES.has(node.name) && node !== root) continue;
      if (readsAsText(node.name, inBody)) {
        // An element inside the copy that is not one of the dialect's (FBIS's <F P=…>): its text runs on.
        visit(node.children, inBody, brief);
        continue;
      }
      copyOpen = false;
      readElement(node, inBody, brief);
      copyOpen = false;
    }
  };
  const readElement = (element: WireElement, inBody: boolean, brief: boolean): void => {
    const { name } = element;
    const text = () => lineText(element);
    if (HEADLINE_TAGS.has(name)) readHeadline(element);
    else if (BYLINE_TAGS.has(name) && text()) {
      bylines.push(text());
      bylineTags.add(name);
    } else if (DATE_TAGS.has(name)) date ??= stated(text(), tag(name));
    else if (name === 'fileid' && TRANSMISSION_STAMP.test(text()))
      stamp ??= { value: text(), evidence: "the wire's <FILEID> transmission stamp" };
    else if (name === 'dateline') dateline ??= stated(text(), tag(name));
    else if (PUBLICATION_TAGS.has(name)) publication ??= stated(text(), tag(name));
    else if (name === 'topics') topics.push(...descendants(element, 'd').map(lineText).filter(Boolean));
    else if (BODY_TAGS.has(name))
      visit(element.children, true, brief || attribute(element, 'type')?.toLowerCase() === 'brief');
    else if (name === 'p' && inBody) {
      if (text()) addNode({ kind: 'node', node: toParagraph(text()) });
    } else visit(element.children, inBody, brief);
  };
  visit(root.children, false, false);

  const authorsEvidence = [...bylineTags].map((name) => `<${name.toUpperCase()}>`).join(' and ');
  const container = 'name' in root ? root : undefined;
  const id = container && articleId(container);
  const statedDate = date ?? stamp;
  if (container?.name === 'reuters') {
    publication ??= { value: 'Reuters', evidence: 'the Reuters-21578 <REUTERS> element the story is in' };
  }
  return {
    ...(id ? { id } : {}),
    ...(headline ? { headline } : {}),
    ...(dek ? { dek } : {}),
    ...(statedDate ? { date: readStated(statedDate) } : {}),
    ...(bylines.length > 0
      ? { authors: { value: bylines, evidence: `the wire's ${authorsEvidence} tag${bylines.length > 1 ? 's' : ''}` } }
      : {}),
    ...(publication ? { publication } : {}),
    ...(topics.length > 0 ? { topics: { value: topics, evidence: "the wire's <TOPICS> tag" } } : {}),
    ...(dateline ? { dateline } : {}),
    blocks,
    notes,
  };
}

const KNOWN_TAGS = new Set([
  ...HEADLINE_TAGS,
  ...BYLINE_TAGS,
  ...DATE_TAGS,
  ...PUBLICATION_TAGS,
  ...BODY_TAGS,
  ...['dateline', 'topics', 'fileid', 'p'],
]);

/** Inside the copy, an element the dialects do not define is part of the running text. */
function readsAsText(name: string, inBody: boolean): boolean {
  return inBody && !KNOWN_TAGS.has(name);
}

function stated(value: string, evidence: string): Stated<string> | undefined {
  return value === '' ? undefined : { value, evidence };
}

/** A WSJ <HL> holds the headline, a rule of dashes, then the byline: the headline is what precedes the rule. */
function headlineText(element: WireElement): string {
  const [headline = ''] = DomUtils.textContent(element).split(/\n[ \t]*-{3,}[ \t]*(?:\n|$)/);
  return collapseWhitespace(stripControls(headline));
}

function articleId(element: WireElement): string | undefined {
  if (element.name === 'reuters') return attribute(element, 'newid') ?? attribute(element, 'oldid');
  const docno = child(element, 'docno', 'docid');
  return docno ? lineText(docno) || undefined : undefined;
}
