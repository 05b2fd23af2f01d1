export type SourceFormatName = 'html' | 'wire' | 'json' | 'markdown' | 'text';

/**
 * Tells a source's format from its content; the file name's extension only
 * breaks ties (a `.txt` holding HTML is HTML, a `.html` holding plain text
 * is text). In order: JSON (parses as an object or array), wire markup
 * (Reuters, TREC, NITF), HTML, Markdown with YAML front matter, HTML
 * fragments rich in paragraph tags, Markdown by its syntax (unless the file
 * is named .txt), plain text.
 */
export function detectFormat(text: string, fileName: string): SourceFormatName {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const trimmed = text.trim();

  if (/^[[{]/.test(trimmed)) {
    // A broken JSON file named .json is still JSON: its reader says where it breaks.
    if (parsesAsJsonStructure(trimmed) || extension === 'json') return 'json';
  }
  if (startsWithMarkup(trimmed)) {
    if (WIRE_ARTICLE.test(trimmed) || (isBareWireStory(trimmed) && !HTML_PAGE.test(trimmed))) return 'wire';
    if (HTML_ELEMENTS.test(trimmed)) return 'html';
    return WIRE_EXTENSIONS.has(extension) ? 'wire' : 'html';
  }
  if (hasFrontMatter(trimmed)) return 'markdown';
  const paragraphTags = trimmed.match(PARAGRAPH_TAG)?.length ?? 0;
  if (paragraphTags >= 2) return 'html';
  const markdown = markdownScore(trimmed);
  // A file named .txt is plain text even when it uses * or # the Markdown way: e-mails and notes do.
  if (markdown >= 2 && !TEXT_EXTENSIONS.has(extension)) return 'markdown';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  if (HTML_EXTENSIONS.has(extension) && paragraphTags + (trimmed.match(ANY_HTML_TAG)?.length ?? 0) >= 2) return 'html';
  return 'text';
}

const WIRE_EXTENSIONS = new Set(['sgm', 'sgml', 'xml', 'nitf']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);
const TEXT_EXTENSIONS = new Set(['txt', 'text']);

/** The element that holds an article in a wire format, or Reuters-21578's DTD. */
const WIRE_ARTICLE = /<(?:reuters|doc|docno|nitf)[\s>]|<!doctype\s+(?:lewis|nitf)\b/i;
/** What only an HTML page has (inline SVG has a <text> element too). */
const HTML_PAGE = /<!doctype\s+html|<(?:html|meta|div|svg|script|link)[\s>/]/i;
/** Markup made of HTML's own elements. */
const HTML_ELEMENTS =
  /<!doctype\s+html|<(?:html|head|body|title|meta|div|article|main|section|p|span|a|h[1-6]|ul|ol|table|script|style|link|img|figure|header|footer|nav)[\s>/]/i;

const PARAGRAPH_TAG = /<\/?p[\s>]|<br\s*\/?>|<div[\s>]/gi;
const ANY_HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** Starts with a tag, perhaps after an XML declaration, a doctype or comments. */
function startsWithMarkup(text: string): boolean {
  const rest = text.replace(/^(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*/i, '');
  return /^<(?:!doctype\b|[a-z])/i.test(rest);
}

/** A wire story without an article element: <TEXT> with a headline tag, or <BODY> with <HEADLINE>; HTML has neither. */
function isBareWireStory(text: string): boolean {
  return (
    (/<text[\s>]/i.test(text) && /<(?:title|headline|head|hl)[\s>]/i.test(text)) ||
    (/<body[\s>]/i.test(text) && /<headline[\s>]/i.test(text))
  );
}

function parsesAsJsonStructure(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** A `---` line, YAML `key:` lines, and a closing `---` (or `...`) line. */
function hasFrontMatter(text: string): boolean {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  const firstLine = match?.[1]?.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return firstLine !== undefined && /^[\w"'][\w "'-]*:(?:\s|$)/.test(firstLine);
}

/**
 * How much Markdown syntax a text uses that plain text does not: ATX
 * headings, links and images, fences count 2; strong and emphasis spans and
 * block quotes 1. List markers count nothing: plain text uses them too.
 */
function markdownScore(text: string): number {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return (
    2 * count(/^#{1,6}[ \t]+\S/gm) +
    2 * count(/!?\[[^\]\n]+\]\((?:https?:\/\/|mailto:|\.{0,2}\/|#)[^)\s]*(?:\s+"[^"]*")?\)/g) +
    2 * count(/^(?:```|~~~)/gm) +
    count(/(?:\*\*|__)(?=\S)[^*_\n]+(?<=\S)(?:\*\*|__)/g) +
    count(/(?<![\w*])\*(?=[^\s*])[^*\n]+(?<=[^\s*])\*(?![\w*])/g) +
    count(/(?<![\w_])_(?=[^\s_])[^_\n]+(?<=[^\s_])_(?![\w_])/g) +
    count(/^>[ \t]?\S/gm)
  );
}
