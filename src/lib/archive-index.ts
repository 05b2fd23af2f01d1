import { adjacentPeriods, buildDateArchive } from './date-archive.ts';
import { adjacentStories, relatedStories } from './related-stories.ts';
import { getStories } from './stories.ts';
import { collectTerms, TERM_KIND_NAMES, termsByKey, type TermKind } from './taxonomy.ts';

async function indexArchive() {
  const stories = await getStories();
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
  return {
    /** Newest first. */
    stories,
    /** The date archive, newest year first. */
    years,
    adjacentPeriods: adjacentPeriods(years),
    terms,
    findTerm,
    related: relatedStories(stories),
    adjacentStories: adjacentStories(stories),
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

export type ArchiveStory = Awaited<ReturnType<typeof indexArchive>>['stories'][number];
