import { adjacentPeriods, buildDateArchive } from './date-archive.ts';
import { adjacentStories, relatedStories } from './related-stories.ts';
import { indexQuotes } from './quotes/index-quotes.ts';
import { countStoriesByYear, planSearchShards, shardStoriesLimit } from './search-shards.ts';
import { getStories, getStoryBodies, getStoryParagraphs } from './stories.ts';
import { describeThreads, threadPositions } from './threads/describe-threads.ts';
import { groupThreads } from './threads/group-threads.ts';
import { threadInput } from './threads/thread-input.ts';
import { collectTerms, TERM_KIND_NAMES, termsByKey, type TermKind } from './taxonomy.ts';

async function indexArchive() {
  const [stories, bodies, paragraphsById] = await Promise.all([getStories(), getStoryBodies(), getStoryParagraphs()]);
  type S = (typeof stories)[number];
  const years = buildDateArchive(stories);
  const terms = Object.fromEntries(TERM_KIND_NAMES.map((kind) => [kind, collectTerms(stories, kind)])) as Record<
    TermKind,
    ReturnType<typeof collectTerms<S>>
  >;
  const findTerm = Object.fromEntries(TERM_KIND_NAMES.map((kind) => [kind, termsByKey(terms[kind])])) as Record<
    TermKind,
    ReturnType<typeof termsByKey<S>>
  >;
  // Threads and quotes read each story's text once, earliest story first.
  const earliestFirst = [...stories].reverse();
  const paragraphs = new Map(earliestFirst.map((story) => [story, paragraphsById.get(story.id)!]));
  const textOf = (story: S) =>
    paragraphs
      .get(story)!
      .map((p) => p.text)
      .join('\n');
  const threads = describeThreads(
    earliestFirst,
    groupThreads(earliestFirst.map((story) => threadInput(story, textOf(story)))),
    // The lead: the first paragraph of the story's own words, not a quoted post.
    (story) => paragraphs.get(story)!.find((p) => !p.by)?.text ?? '',
  );
  return {
    /** Newest first. */
    stories,
    /** The bodies of the stories this build holds, by story id. */
    bodies,
    /** The date archive, newest year first. */
    years,
    adjacentPeriods: adjacentPeriods(years),
    terms,
    findTerm,
    related: relatedStories(stories),
    adjacentStories: adjacentStories(stories),
    /** Story threads, in the order they started. */
    threads,
    /** Each threaded story's thread and its neighbours in it, by story path. */
    threadOf: threadPositions(threads),
    quotes: indexQuotes(earliestFirst, (story) => paragraphs.get(story)!),
    /** The search index's shards, newest first (see search-shards.ts). */
    searchShards: planSearchShards(countStoriesByYear(stories.map((story) => story.path)), shardStoriesLimit()),
  };
}

let built: ReturnType<typeof indexArchive> | undefined;

/**
 * Everything the browse pages share, computed once per build (afresh on
 * each request under the dev server, so edits show): the stories, the
 * date archive, the terms of each kind, and each story's neighbours.
 */
export function getArchive(): ReturnType<typeof indexArchive> {
  if (import.meta.env.DEV) return indexArchive();
  built ??= indexArchive();
  return built;
}

export type Archive = Awaited<ReturnType<typeof indexArchive>>;
export type ArchiveStory = Archive['stories'][number];
