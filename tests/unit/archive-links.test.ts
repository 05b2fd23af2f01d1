import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { linkArchive, storiesOfLinks } from '../../src/lib/archive-links.ts';
import { readThroughKeyedCache } from '../../src/build/keyed-file-cache.ts';
import type { Paragraph } from '../../src/markdown/rehype-body-facts.ts';
import { relatedStories } from '../../src/lib/related-stories.ts';
import { groupThreads } from '../../src/lib/threads/group-threads.ts';
import { threadInput } from '../../src/lib/threads/thread-input.ts';
import { isDated, toStories, type Story } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-links-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function entry(id: string, published: string, people: string[], topics: string[]): { id: string; data: Article } {
  return {
    id,
    data: {
      headline: `Storm closes the ${id} bridge`,
      published,
      slug: id,
      people,
      topics,
      source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
      provenance: { headline: { method: 'source' }, published: { method: 'source' } },
    } as Article,
  };
}

/** Newest first, as the archive index has them. */
const stories = toStories([
  entry('harbour', '2021-03-02', ['Ana Ruiz'], ['storms']),
  entry('ferry', '2021-03-03', ['Ana Ruiz'], ['storms', 'transport']),
  entry('council', '2021-03-10', ['Ben Ode'], ['transport']),
  entry('budget', '2021-06-01', ['Ben Ode'], ['budget']),
]);
const earliestFirst = [...stories].reverse();
const QUOTE = 'The bridge will stay closed until the storm has passed and engineers have checked it';
const paragraphs: Record<string, Paragraph[]> = {
  harbour: [{ text: `The harbour was shut. "${QUOTE}," Ana Ruiz said.` }],
  ferry: [{ text: `Ferries stopped too. "${QUOTE}," said Ana Ruiz on Tuesday.` }],
  council: [{ text: 'The council met about the bridge and the storm.' }],
  budget: [{ text: '"We will fund the repairs in full this year and next," Ben Ode said.' }],
};
const paragraphsOf = (story: Story) => paragraphs[story.id]!;

describe('linkArchive', () => {
  test('keeps threads, quotes and related stories as indexes that read back, through JSON, as the stories', () => {
    const links = JSON.parse(JSON.stringify(linkArchive(earliestFirst, paragraphsOf)));
    const { threads, quotes, related } = storiesOfLinks(earliestFirst, links);
    assert.deepEqual(
      threads.map(({ lead: _lead, ...thread }) => thread),
      groupThreads(earliestFirst.filter(isDated).map((story) => threadInput(story, paragraphsOf(story)[0]!.text))),
      'the same threads as grouped from the stories',
    );
    assert.ok(threads.length > 0);
    assert.deepEqual(
      threads.map((thread) => thread.lead),
      threads.map((thread) => paragraphsOf(earliestFirst[thread.members[0]!]!)[0]!.text),
      "each with its earliest story's lead, so that its summary needs no text read again",
    );
    const shared = quotes.filter((quote) => quote.appearances.length > 1);
    assert.deepEqual(
      shared.map((quote) => [quote.speaker, quote.appearances.map(({ story }) => story.id)]),
      [['Ana Ruiz', ['harbour', 'ferry']]],
    );
    assert.ok(
      shared[0]!.appearances.every(({ story }) => earliestFirst.includes(story)),
      'the stories themselves',
    );
    const direct = relatedStories(stories);
    assert.deepEqual(
      [...related].map(([path, others]) => [path, others.map((s) => s.id)]),
      earliestFirst.map((story) => [story.path, direct.get(story.path)!.map((s) => s.id)]),
      'the same related stories as worked out from the archive newest first',
    );
  });

  test('an undated story is in no thread and has no related stories, and the others keep theirs', () => {
    const { data } = entry('bridge', '2000', ['Ana Ruiz'], ['storms']);
    const { published: _published, provenance, ...rest } = data;
    const undatedEntry = {
      id: 'bridge',
      data: { ...rest, provenance: { headline: provenance.headline } } as Article,
    };
    const all = toStories([...stories.map((s) => ({ id: s.id, data: s.data })), undatedEntry]);
    assert.equal(all.at(-1)!.path, '/undated/bridge/', 'newest first, undated last');
    const withUndated = [...all].reverse();
    const text: Record<string, Paragraph[]> = { ...paragraphs, bridge: [{ text: `"${QUOTE}," Ana Ruiz said.` }] };
    const links = storiesOfLinks(
      withUndated,
      linkArchive(withUndated, (story) => text[story.id]!),
    );
    const ids = (list: readonly Story[]) => list.map((s) => s.id);
    const dated = storiesOfLinks(earliestFirst, linkArchive(earliestFirst, paragraphsOf));
    assert.deepEqual(
      links.threads.map((t) => t.members.map((i) => withUndated[i]!.id)),
      dated.threads.map((t) => t.members.map((i) => earliestFirst[i]!.id)),
      'the same threads, their members read from the list with the undated story',
    );
    assert.deepEqual(links.related.get('/undated/bridge/'), []);
    assert.ok(![...links.related.values()].some((others) => ids(others).includes('bridge')));
    const shared = links.quotes.find((quote) => quote.appearances.length > 2);
    assert.ok(
      shared?.appearances.some(({ story }) => story.id === 'bridge'),
      'its quotes are shared as any story’s',
    );
  });

  test("a thread's lead is its earliest story's first paragraph of its own words, not a post it quotes", () => {
    const quoting = (story: Story): Paragraph[] => [
      { text: 'Posted on the forum.', by: 'A reader' },
      ...paragraphsOf(story),
    ];
    const { threads } = linkArchive(earliestFirst, quoting);
    assert.ok(threads.length > 0);
    for (const thread of threads) assert.equal(thread.lead, paragraphsOf(earliestFirst[thread.members[0]!]!)[0]!.text);
  });

  test('refuses links made from a different number of stories', () => {
    const links = linkArchive(earliestFirst, paragraphsOf);
    assert.throws(
      () => storiesOfLinks(earliestFirst.slice(1), links),
      /The archive links count 4 stories, but the archive has 3/,
    );
  });
});

describe('readThroughKeyedCache', () => {
  const cache = join(dir, 'cache');
  const KEY_A = 'a'.repeat(64);
  const KEY_B = 'b'.repeat(64);

  test('computes a key once, then reads it back; a new key replaces the old one', async () => {
    let computed = 0;
    const compute = () => ({ computed: ++computed });
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_A, compute), { computed: 1 });
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_A, compute), { computed: 1 });
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_B, compute), { computed: 2 });
    assert.deepEqual(readdirSync(cache), [`${KEY_B}.json`]);
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_A, compute), { computed: 3 }, 'an old key is not kept');
  });

  test('gives the value back as JSON does, whether computed or read', async () => {
    const KEY_C = 'c'.repeat(64);
    const compute = () => ({ kept: 1, left: undefined });
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_C, compute), { kept: 1 });
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_C, compute), { kept: 1 });
  });

  test('computes again when the file is cut short', async () => {
    writeFileSync(join(cache, `${KEY_A}.json`), '{"computed":');
    assert.deepEqual(await readThroughKeyedCache(cache, KEY_A, () => 'again'), 'again');
  });

  test('refuses a key that cannot name a file', async () => {
    await assert.rejects(
      readThroughKeyedCache(cache, '../x', () => 1),
      /Cache key "\.\.\/x" is not a hex digest/,
    );
  });
});
