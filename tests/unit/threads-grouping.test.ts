import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { candidatePairs } from '../../src/lib/threads/candidate-pairs.ts';
import { groupThreads, threadId, THREAD_TUNING } from '../../src/lib/threads/group-threads.ts';
import {
  extraStory,
  pairwiseScore,
  syntheticArchive,
  threadCorpus,
  type LabelledStory,
} from '../support/thread-corpus.ts';

const corpus = threadCorpus();
const labelsOf = (stories: readonly LabelledStory[], members: readonly number[]) =>
  new Set(members.map((m) => stories[m]!.label));

describe('story threads on a labelled corpus of nine events over the same weeks', () => {
  test('groups stories by event with pairwise precision and recall of at least 0.95 (printed)', (t) => {
    const threads = groupThreads(corpus);
    const score = pairwiseScore(corpus, threads);
    t.diagnostic(
      `seed 9: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.predictedPairs} pairs grouped, ${score.truePairs} labelled)`,
    );
    assert.ok(score.precision >= 0.95, `precision ${score.precision}`);
    assert.ok(score.recall >= 0.95, `recall ${score.recall}`);
  });

  test('holds on other seeds of the same corpus: mean precision and recall at least 0.9 (printed)', (t) => {
    const scores = [1, 2, 3, 4, 5].map((seed) => {
      const stories = threadCorpus(seed);
      return pairwiseScore(stories, groupThreads(stories));
    });
    const mean = (key: 'precision' | 'recall') => scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
    t.diagnostic(
      `seeds 1-5: precision ${scores.map((s) => s.precision.toFixed(3)).join(', ')}; recall ${scores.map((s) => s.recall.toFixed(3)).join(', ')}; mean ${mean('precision').toFixed(3)} / ${mean('recall').toFixed(3)}`,
    );
    assert.ok(mean('precision') >= 0.9 && mean('recall') >= 0.9);
  });

  test('never merges unrelated events: two fires in one fortnight, a governor in three events', () => {
    for (const thread of groupThreads(corpus)) {
      const labels = labelsOf(corpus, thread.members);
      assert.equal(labels.size, 1, `one thread holds ${[...labels].join(' + ')}`);
      assert.ok(!labels.has(null), 'a one-off story was put in a thread');
    }
  });

  test('gives the same threads whatever order the stories come in', () => {
    const keysOf = (stories: readonly LabelledStory[]) =>
      groupThreads(stories).map((thread) => ({ id: thread.id, keys: thread.members.map((m) => stories[m]!.key) }));
    assert.deepEqual(keysOf([...corpus].reverse()), keysOf(corpus));
  });

  test('names a thread after its earliest story', () => {
    for (const thread of groupThreads(corpus)) assert.equal(thread.id, threadId(corpus[thread.members[0]!]!.key));
  });

  test('keeps every thread and its id when one story is added to any event', () => {
    const before = new Map(
      groupThreads(corpus).map((thread) => [thread.id, thread.members.map((m) => corpus[m]!.key).join(' ')]),
    );
    for (const label of new Set(corpus.flatMap((s) => s.label ?? []))) {
      const stories = [...corpus, extraStory(label)];
      const after = groupThreads(stories);
      assert.deepEqual(
        after.map((thread) => thread.id),
        [...before.keys()],
        `adding a story to ${label} changed the thread ids`,
      );
      for (const thread of after) {
        const keys = thread.members.map((m) => stories[m]!.key).filter((key) => !key.endsWith('/extra/'));
        assert.equal(keys.join(' '), before.get(thread.id), `adding a story to ${label} moved stories`);
      }
      const joined = after.find((thread) => thread.members.some((m) => stories[m]!.key.endsWith('/extra/')));
      assert.equal(joined && stories[joined.members[0]!]!.label, label, `the added ${label} story joined no thread`);
    }
  });
});

describe("an editor's pin", () => {
  const flood = groupThreads(corpus).find((thread) => corpus[thread.members[0]!]!.label === 'flood')!;

  test('puts a story in the thread it names, whatever its text', () => {
    const oneOff = corpus.findIndex((s) => s.label === null);
    const stories = corpus.map((s, i) => (i === oneOff ? { ...s, pin: flood.id } : s));
    const pinned = groupThreads(stories).find((thread) => thread.id === flood.id)!;
    assert.ok(pinned.members.includes(oneOff));
  });

  test('false keeps a story out of every thread', () => {
    const member = flood.members[1]!;
    const stories = corpus.map((s, i) => (i === member ? { ...s, pin: false as const } : s));
    const threads = groupThreads(stories);
    assert.ok(threads.every((thread) => !thread.members.includes(member)));
    assert.ok(
      threads.some((thread) => thread.id === flood.id),
      'the rest of the thread stays',
    );
  });

  test('stories pinned to a new id form that thread', () => {
    const [a, b] = corpus.flatMap((s, i) => (s.label === null ? [i] : [])).slice(0, 2);
    const stories = corpus.map((s, i) => (i === a || i === b ? { ...s, pin: 'city-odds-and-ends' } : s));
    const thread = groupThreads(stories).find((t) => t.id === 'city-odds-and-ends');
    assert.deepEqual(thread?.members, [a, b]);
  });

  test('naming a thread no other story is in is an error naming the story and the id', () => {
    const stories = corpus.map((s, i) => (i === 0 ? { ...s, pin: 'no-such-thread' } : s));
    assert.throws(() => groupThreads(stories), /\/flood\/1\/: thread: "no-such-thread" names no thread/);
  });
});

describe('the cost of grouping', () => {
  test('compares a number of pairs linear in the archive, not all pairs', () => {
    const stories = syntheticArchive(2000);
    const pairs = candidatePairs(stories, (i) => stories[i]!.people, THREAD_TUNING);
    const allPairs = (stories.length * (stories.length - 1)) / 2;
    assert.ok(pairs.length < stories.length * THREAD_TUNING.neighbours, `${pairs.length} pairs`);
    assert.ok(pairs.length < allPairs / 20, `${pairs.length} of ${allPairs} pairs`);
  });
});
