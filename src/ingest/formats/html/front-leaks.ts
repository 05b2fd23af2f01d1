import type { Element, ElementContent, Root } from 'hast';
import { textOf } from './hast-facts.ts';
import { collapse, comparable } from './text.ts';

/** What the entry states apart from its body, which the body must not repeat at its top. */
export interface ArticleFront {
  readonly headline?: string;
  readonly dek?: string;
  readonly authors?: readonly string[];
}

export interface FrontLeaks {
  /** How many blocks or lines were taken out. */
  readonly removed: number;
  /** A "By …" line found at the top when the page marked no byline. */
  readonly byline?: string;
  /** The line right under a copy of the headline, when the page marked no standfirst. */
  readonly dek?: string;
}

/** Only the first blocks of the article are looked at: further down, such text is the story's own. */
const FRONT_BLOCKS = 4;
/** Elements that hold blocks or are one; what holds none of them is one block of text. */
const BLOCK_TAGS = new Set([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'table', 'tr', 'td'],
  ...['section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'figure', 'figcaption', 'pre', 'hr'],
]);
const BYLINE_MAX_CHARS = 100;
const DATE_LINE_MAX_CHARS = 60;
const DEK_LINE_MAX_CHARS = 200;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
/** "By JANE DOE", "By Jane Doe and John Roe, Staff Writers": "By", then capitalised names. */
const BY_LINE =
  /^[Bb][Yy]\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|&|de|da|van|von|der|la|le|bin|al))*(?:\s*,\s*[\p{L} ]+)?$/u;

/**
 * Removes from the top of the article the headline, standfirst, byline and
 * date line when Readability kept a copy that the page did not mark (the
 * marked elements are taken out before Readability runs). A block of several
 * lines (`<br>`) loses only its leading lines that are such copies.
 */
export function dropFrontLeaks(tree: Root, front: ArticleFront): FrontLeaks {
  let removed = 0;
  let seen = 0;
  let byline: string | undefined;
  let dekLine: string | undefined;
  let afterHeadline = false;
  const headline = front.headline ? comparable(front.headline) : undefined;
  const dek = front.dek ? comparable(front.dek) : undefined;
  const isLeak = (text: string, tagName: string) => {
    const compared = comparable(text);
    const wasAfterHeadline = afterHeadline;
    afterHeadline = false;
    if (
      compared === headline ||
      (headline && /^h\d$/.test(tagName) && compared.length >= 12 && headline.includes(compared))
    ) {
      afterHeadline = true;
      return true;
    }
    if (compared === dek || isBylineText(text, front.authors ?? []) || isDateLine(text)) return true;
    if (!front.authors?.length && !byline && BY_LINE.test(text) && text.length <= BYLINE_MAX_CHARS) {
      byline = text;
      return true;
    }
    // Old pages put an unmarked standfirst on the line under the headline.
    if (wasAfterHeadline && !dek && !dekLine && isDekLine(text)) {
      dekLine = text;
      return true;
    }
    return false;
  };
  const visit = (parent: Root | Element) => {
    const kept: unknown[] = [];
    for (const child of parent.children) {
      if (seen >= FRONT_BLOCKS || child.type !== 'element') {
        kept.push(child);
        continue;
      }
      if (!isLeafBlock(child)) {
        visit(child);
        kept.push(child);
        continue;
      }
      if (collapse(textOf(child)) === '') {
        kept.push(child);
        continue;
      }
      seen += 1;
      const lines = splitLines(child.children);
      let first = 0;
      while (first < lines.length && isLeak(lineText(lines[first]!), child.tagName)) first += 1;
      if (first < lines.length) afterHeadline = false;
      removed += first;
      if (first === lines.length) continue;
      if (first > 0) child.children = lines.slice(first).flatMap((line, i) => (i === 0 ? line : [BREAK, ...line]));
      kept.push(child);
    }
    parent.children = kept as never;
  };
  visit(tree);
  return { removed, ...(byline ? { byline } : {}), ...(dekLine ? { dek: dekLine } : {}) };
}

const BREAK: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };

function splitLines(children: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'element' && child.tagName === 'br') lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines.filter((line) => collapse(line.map(textOf).join('')) !== '');
}

function lineText(line: readonly ElementContent[]): string {
  return collapse(line.map(textOf).join(''));
}

/** A short line that does not end a sentence: a standfirst, not the lede. */
function isDekLine(text: string): boolean {
  return text !== '' && text.length <= DEK_LINE_MAX_CHARS && !/[.!?]["”’]?$/.test(text);
}

/** A block whose children are all inline: one paragraph's worth of text. */
function isLeafBlock(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.tagName)) return !element.children.some((child) => child.type === 'element');
  return !element.children.some((child) => child.type === 'element' && BLOCK_TAGS.has(child.tagName));
}

/** "By Jane Doe", "Jane Doe and John Roe", "By Jane Doe, Staff Writer": short, and naming the authors. */
function isBylineText(text: string, authors: readonly string[]): boolean {
  if (text.length > BYLINE_MAX_CHARS || /[.!?]["”’]?$/.test(text)) return false;
  const compared = comparable(text).replace(/^by\s+/, '');
  if (authors.some((author) => comparable(author).replace(/^by\s+/, '') === compared)) return true;
  const names = authorNames(authors);
  return /^by\s/i.test(text) && names.some((name) => compared.includes(name));
}

/** Each person in bylines as written ("By JANE DOE and JOHN ROE" → "jane doe", "john roe"), compared loosely. */
export function authorNames(authors: readonly string[]): string[] {
  return authors
    .flatMap((author) =>
      comparable(author)
        .replace(/^by\s+/, '')
        .split(/\s*(?:,|\band\b|&)\s*/),
    )
    .map((name) => name.trim())
    .filter((name) => name.length > 2);
}

/** "March 3, 2021", "Updated 3:45 p.m. ET, Mar 3 2021": a line that is only a date or time. */
function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_CHARS) return false;
  const rest = text
    .replace(new RegExp(MONTH.source, 'gi'), '')
    .replace(/\b(?:updated|published|posted|last|first|on|at|a\.?m\.?|p\.?m\.?|et|gmt|utc|[a-z]{1,2}t)\b/gi, '')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, '')
    .replace(/[\d\s,.:/|•·–—-]/g, '');
  return rest === '' && (/\d{4}/.test(text) || /\d{1,2}:\d{2}/.test(text) || (MONTH.test(text) && /\d/.test(text)));
}
