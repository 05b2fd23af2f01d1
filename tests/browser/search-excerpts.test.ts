/**
 * Excerpts come from the story (issue 24, point 2): the headline is a
 * result's title and a photo's caption is metadata, both searched, but no
 * excerpt is cut from either; a photo's credit is never indexed. Read through
 * Pagefind's own browser API over the bundled archive's index.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { resultsOverShards, type FoundPage } from '../support/pagefind-shards.ts';
import { DIST_DIR } from '../support/static-server.ts';

/** Lower-case words, punctuation dropped: how an excerpt is compared with the text it should come from. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

interface Told {
  readonly entry: Entry;
  /** The words of what the story itself says: its dek and text, without its photos' captions and credits. */
  readonly text: string;
  readonly credits: readonly string[];
}

/** Drops the captions of photos (with their credits), wherever they are under `node`. */
function withoutCaptions(node: Element): Element {
  return {
    ...node,
    children: node.children.flatMap((child): ElementContent[] =>
      child.type !== 'element' ? [child] : matches('.media-caption', child) ? [] : [withoutCaptions(child)],
    ),
  };
}

/** The story's own words, read from its built page by class (not from what Pagefind was told to skip). */
function storyText(entry: Entry): string {
  const tree = fromHtml(readFileSync(join(DIST_DIR, storyPath(entry.data), 'index.html'), 'utf8'));
  const parts = selectAll('article .story-header .dek, article .story-body', tree).map(withoutCaptions);
  return ` ${parts.flatMap((part) => words(toText(part))).join(' ')} `;
}

describe('search excerpts come from the story itself', { timeout: 180_000 }, () => {
  const site = useSite();
  let stories: Told[];

  before(async () => {
    stories = (await readEntries()).map((entry) => ({
      entry,
      text: storyText(entry),
      credits: [...entry.body.matchAll(/^:::caption\{[^}]*\bcredit="([^"]+)"/gm)].map((match) => match[1]!),
    }));
    assert.ok(
      stories.some((story) => story.credits.length > 0),
      'the bundled archive has a photo credit to search for',
    );
  });

  /** Asserts that each result is a story, titled with its headline, its excerpt a run of the story's own words. */
  function assertFromStory(term: string, found: readonly FoundPage[]): void {
    for (const result of found) {
      const story = stories.find((s) => storyPath(s.entry.data) === result.url);
      assert.ok(story, `"${term}" found ${result.url}, not a story`);
      assert.equal(result.title, story.entry.data.headline, `"${term}": ${result.url}'s title`);
      const excerpt = words(result.excerpt).join(' ');
      assert.ok(excerpt.length > 0, `"${term}": ${result.url} has an empty excerpt`);
      assert.ok(
        story.text.includes(` ${excerpt} `),
        `"${term}": the excerpt of ${result.url} is not the story's own text: “${result.excerpt}”`,
      );
      assert.doesNotMatch(result.excerpt, /\bCredit\b/, `"${term}": ${result.url}'s excerpt shows a credit`);
    }
  }

  test('a word of a headline finds its story, titled with the headline, with an excerpt from its text', async () => {
    const terms = [...new Set(stories.flatMap((s) => words(s.entry.data.headline)).filter((w) => w.length > 3))];
    // Words only the headline has: found through the title alone.
    const onlyInHeadline = stories.flatMap((story) =>
      words(story.entry.data.headline)
        .filter((word) => word.length > 3 && !story.text.includes(` ${word} `))
        .map((word) => ({ word, path: storyPath(story.entry.data) })),
    );
    assert.ok(onlyInHeadline.length > 0, 'some headline has a word its story does not');
    await site.withPage(async (page) => {
      for (const term of terms) {
        const found = await resultsOverShards(page, DIST_DIR, term);
        assertFromStory(term, found);
        for (const { word, path } of onlyInHeadline.filter((o) => o.word === term)) {
          assert.ok(
            found.some((result) => result.url === path),
            `"${word}", only in ${path}'s headline, does not find it`,
          );
        }
      }
    });
  });

  test("a photo's credit finds nothing, and its caption finds the story, with an excerpt from the text", async () => {
    await site.withPage(async (page) => {
      for (const credit of new Set(stories.flatMap((s) => s.credits))) {
        const found = await resultsOverShards(page, DIST_DIR, `"Credit ${credit}"`);
        assert.deepEqual(found, [], `the credit "Credit: ${credit}" is in the index`);
        assertFromStory(credit, await resultsOverShards(page, DIST_DIR, credit));
      }
      // "2018" is only in a caption ("Chrissy Teigen and John Legend in 2018."): found, not quoted.
      const caption = stories.filter((story) => /^:::caption\{[^}]*\}\n[^\n]*\b2018\b/m.test(story.entry.body));
      assert.equal(caption.length, 1, 'the bundled archive has a caption with 2018 in it');
      assert.ok(!caption[0]!.text.includes(' 2018 '), 'the story has 2018 only in its caption');
      const found = await resultsOverShards(page, DIST_DIR, '2018');
      assert.deepEqual(
        found.map((result) => result.url),
        [storyPath(caption[0]!.entry.data)],
      );
      assertFromStory('2018', found);
    });
  });
});
