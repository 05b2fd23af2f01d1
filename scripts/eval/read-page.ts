import { readFileSync } from 'node:fs';
import { decodeSource } from '../../src/ingest/reading/decode.ts';
import { bodyBlocks } from '../../src/ingest/formats/html/body-text.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';

/** What the HTML reader made of a saved page, as the evaluations score it. */
export interface PageReading {
  /** The body as it ends up in the entry: its blocks (captions left out) joined by blank lines; '' when refused. */
  readonly text: string;
  /** Why the page gave no body (a refusal, a decoding problem or a crash), when it gave none. */
  readonly refused?: string;
}

/** Reads a saved page file through the ingester's decoder and HTML reader, whatever the page's date. */
export function readPageFile(path: string): PageReading {
  const decoded = decodeSource(readFileSync(path));
  if (!decoded.ok) return { text: '', refused: `not decoded: ${decoded.reason}` };
  return readPageText(decoded.text);
}

export function readPageText(html: string): PageReading {
  try {
    const outcome = readHtml(html);
    if (!outcome.ok) return { text: '', refused: outcome.problem.reason };
    const text = outcome.articles.map((article) => bodyBlocks(article.body).join('\n\n')).join('\n\n');
    return { text };
  } catch (error) {
    return { text: '', refused: `crashed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
