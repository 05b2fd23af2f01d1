import { decodeSource } from './decode.ts';
import { detectFormat } from '../formats/detect-format.ts';
import { readHtml } from '../formats/html/read-html.ts';
import { readJson } from '../formats/json.ts';
import { readMarkdown } from '../formats/markdown.ts';
import { markupDepth, MAX_MARKUP_DEPTH } from '../formats/markup-depth.ts';
import { readText } from '../formats/text.ts';
import { readWire } from '../formats/wire.ts';
import type { FormatReader, ReceivedArticle, ReadProblem } from './received.ts';

export type SourceFormat = ReturnType<typeof detectFormat>;

const READERS: Readonly<Record<SourceFormat, FormatReader>> = {
  html: readHtml,
  wire: readWire,
  json: readJson,
  markdown: readMarkdown,
  text: readText,
};

export type SourceReading =
  | {
      readonly ok: true;
      readonly format: SourceFormat;
      readonly encoding: string;
      readonly articles: readonly ReceivedArticle[];
      /** What decoding changed (a repaired double encoding, removed control characters). */
      readonly notes: readonly string[];
    }
  | ({ readonly ok: false } & ReadProblem);

/**
 * A source file's bytes → the articles in it: decoded (whatever its
 * encoding and line endings), its format told from its content, and read by
 * that format's reader. `name` is the file name, a tie-breaker for the format.
 */
export function readSource(name: string, bytes: Uint8Array): SourceReading {
  if (isBlank(bytes)) {
    return { ok: false, field: '(file)', reason: 'is empty; delete it or replace it with the article text' };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ok: false, field: '(file)', reason: decoded.reason };
  if (decoded.text.trim() === '') {
    return { ok: false, field: '(file)', reason: 'holds only white space; replace it with the article text' };
  }
  const format = detectFormat(decoded.text, name);
  if (format === 'html' || format === 'wire' || format === 'json') {
    const depth = markupDepth(decoded.text);
    if (depth > MAX_MARKUP_DEPTH) {
      return {
        ok: false,
        field: '(file)',
        reason: `nests its markup ${depth.toLocaleString('en-US')} elements deep, more than the ${MAX_MARKUP_DEPTH} an article can need, so it is not read; save the article's own page or its text`,
      };
    }
  }
  const read = READERS[format](decoded.text);
  if (!read.ok) return { ok: false, ...read.problem };
  if (read.articles.length === 0) {
    return {
      ok: false,
      field: 'body',
      reason: `is read as ${format} but holds no article; check that it is the article`,
    };
  }
  return { ok: true, format, encoding: decoded.encoding, articles: read.articles, notes: decoded.notes };
}

/** No bytes, or only ASCII white space. */
function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}
