/** Shared by the format readers' tests: run a reader and unwrap what it found. */
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FormatReader, ReceivedArticle } from '../../src/ingest/reading/received.ts';

/** The articles `reader` finds in `text`; fails the test when it refuses the file. */
export function readArticles(reader: FormatReader, text: string): readonly ReceivedArticle[] {
  const outcome = reader(text);
  assert.ok(outcome.ok, `expected articles, got ${JSON.stringify(outcome)}`);
  return outcome.articles;
}

/** The one article `reader` finds in `text`; fails the test when there are none or several. */
export function readOnlyArticle(reader: FormatReader, text: string): ReceivedArticle {
  const [article, ...rest] = readArticles(reader, text);
  assert.ok(article);
  assert.equal(rest.length, 0);
  return article;
}

/** The body's blocks as text, one string per block. */
export const bodyBlocks = (body: Root): string[] => body.children.map((node) => toString(node));
