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

/** Paragraphs enough for Readability to take a block of a hand-made page for an article. */
export const STORY = [
  'The county board voted on Tuesday to rebuild the old stone bridge over Mill Creek, ending a debate that has gone on for most of a decade.',
  'Engineers told the board that the bridge, built in 1911, could carry school buses for at most three more winters before its deck would need to close.',
  'Residents on both banks spoke for more than an hour, most of them in favor of keeping the stone arches and widening the road above them.',
  'The rebuilt bridge will cost about $4.2 million, most of it paid by a state grant, and construction is expected to start next spring.',
  'Board members said a detour along Route 9 would add about ten minutes to the trip into town while the work is done.',
];

/** The story's paragraphs (or `texts`) as HTML paragraphs. */
export const storyParagraphs = (texts: readonly string[] = STORY): string =>
  texts.map((text) => `<p>${text}</p>`).join('\n');
