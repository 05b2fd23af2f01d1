import { createHash } from 'node:crypto';
import { buildCacheFile, resolveContentDir } from '../entry/content-location.ts';
import { linkArchive, storiesOfLinks, type ArchiveLinks } from '../lib/archive-links.ts';
import { adjacentPeriods, buildDateArchive } from '../lib/date-archive.ts';
import { readThroughKeyedCache } from '../build/keyed-file-cache.ts';
import { linkingCodeDigest } from '../lib/linking-code.ts';
import { adjacentStories } from '../lib/related-stories.ts';
import { indexQuotes } from '../lib/quotes/index-quotes.ts';
import { countByYear } from '../lib/search-shards.ts';
import { shardPlanOf } from '../build/search-shard-plan.ts';
import { getCatalogueDigest, getStories, getStoryBodies, readStoryParagraphs } from './stories.ts';
import { compareByHeadline, isDated, type Story } from '../lib/story.ts';
import { describeThreads, threadPositions } from '../lib/threads/describe-threads.ts';
import { collectTerms, labelsOf, TERM_KIND_NAMES, termsByKey, type TermKind } from '../lib/taxonomy.ts';

/**
 * What the archive's links are worked out from: the catalogue, the code,
 * and Node.js's ICU (which orders and lower-cases labels).
 */
async function linksKey(): Promise<string> {
  return createHash('sha256')
    .update(
      `${await getCatalogueDigest()}\n${linkingCodeDigest()}\nnode ${process.versions.node} icu ${process.versions.icu}`,
    )
    .digest('hex');
}

/**
 * The archive's links, from the build cache when a build (another part of
 * a build in parts, or the last build) worked them out from the same
 * catalogue with the same code; otherwise worked out and kept there.
 * Logs which, since at scale it is one of the costliest steps of the build.
 */
async function keptLinks(earliestFirst: readonly Story[]): Promise<ArchiveLinks> {
  const count = earliestFirst.length.toLocaleString('en');
  let worked = false;
  const links = await readThroughKeyedCache(
    buildCacheFile(resolveContentDir(), 'archive-links'),
    await linksKey(),
    () => {
      const started = performance.now();
      const computed = linkStories(earliestFirst);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Linked the archive's ${count} stories (threads, shared quotes, related stories) in ${seconds} s`);
      worked = true;
      return computed;
    },
  );
  if (!worked) console.log(`Read the links of the archive's ${count} stories from the build cache`);
  return links;
}

/**
 * The links worked out from the stories' text, read from the catalogue for
 * this and dropped after it: the text of a large archive is more than the
 * rest of the index together, and nothing after the links reads it.
 */
function linkStories(earliestFirst: readonly Story[]): ArchiveLinks {
  const paragraphsById = readStoryParagraphs();
  return linkArchive(earliestFirst, (story) => paragraphsById.get(story.id)!);
}

async function indexArchive() {
  const [stories, bodies] = await Promise.all([getStories(), getStoryBodies()]);
  type S = (typeof stories)[number];
  const years = buildDateArchive(stories);
  // Threads and quotes read each story's text, earliest story first.
  const earliestFirst = [...stories].reverse();
  const links = storiesOfLinks(
    earliestFirst,
    import.meta.env.DEV ? linkStories(earliestFirst) : await keptLinks(earliestFirst),
  );
  // A story's people as the site lists them: its entry's, with those its thread and its quotes add (people/story-people.ts).
  const labelsOfStory = (story: S, kind: TermKind) =>
    kind === 'people' ? links.people.get(story.path)! : labelsOf(story, kind);
  const terms = Object.fromEntries(
    TERM_KIND_NAMES.map((kind) => [kind, collectTerms(stories, kind, (story) => labelsOfStory(story, kind))]),
  ) as Record<TermKind, ReturnType<typeof collectTerms<S>>>;
  const findTerm = Object.fromEntries(TERM_KIND_NAMES.map((kind) => [kind, termsByKey(terms[kind])])) as Record<
    TermKind,
    ReturnType<typeof termsByKey<S>>
  >;
  const threads = describeThreads(earliestFirst, links.threads);
  return {
    /** Newest first. */
    stories,
    /** The bodies of the stories this build holds, by story id. */
    bodies,
    /** The date archive, newest year first. */
    years,
    /** The stories without a date (listed at /undated/), by headline. */
    undated: stories.filter((story) => !isDated(story)).sort(compareByHeadline),
    adjacentPeriods: adjacentPeriods(years),
    /** The labels of one kind a story is listed under: its entry's, and for people those its thread and quotes add. */
    labelsOf: labelsOfStory,
    terms,
    findTerm,
    related: links.related,
    adjacentStories: adjacentStories(stories),
    /** Story threads, in the order they started. */
    threads,
    /** Each threaded story's thread and its neighbours in it, by story path. */
    threadOf: threadPositions(threads),
    quotes: indexQuotes(links.quotes),
    /** The search index's shards, newest first (see search-shards.ts). */
    searchShards: shardPlanOf(countByYear(stories.flatMap((story) => (story.period ? [story.period.year] : [])))),
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
