import type { Archive, ArchiveStory } from '../content-loader/archive-index.ts';
import { dateCrumbs, undatedCrumbs } from './date-archive.ts';
import { personLink, termLink } from './page-links.ts';
import { SEARCH_FILTER_OF } from './search-filters.ts';
import { TERM_KINDS, type TermKind } from './taxonomy.ts';

/** How many stories of its thread a story page shows around itself; the thread page shows them all. */
const THREAD_AROUND = 3;

/**
 * From the home page through the date archive, as far as the story's date
 * is precise, to the story; an undated story's, through the undated list.
 */
function storyCrumbs(archive: Archive, story: ArchiveStory) {
  if (story.period === undefined) {
    return [...undatedCrumbs(), { label: story.data.headline, path: story.path }];
  }
  return [...dateCrumbs(archive.years, story.period), { label: story.data.headline, path: story.path }];
}

/** The story's publication, topics and people that have pages, each group with its search filter. */
function termGroups(archive: Archive, story: ArchiveStory) {
  return (['publications', 'topics', 'people'] as const satisfies readonly TermKind[])
    .map((kind) => ({
      kind,
      filter: SEARCH_FILTER_OF[kind],
      name: archive.labelsOf(story, kind).length === 1 ? TERM_KINDS[kind].singular : TERM_KINDS[kind].plural,
      terms: archive.labelsOf(story, kind).flatMap((label) => {
        const term = archive.findTerm[kind](label);
        return term ? [termLink(term)] : [];
      }),
    }))
    .filter((group) => group.terms.length > 0);
}

/** The story's place in its thread, with the stories around it, when it is in one. */
function threadAround(archive: Archive, story: ArchiveStory) {
  const position = archive.threadOf.get(story.path);
  if (!position) return undefined;
  const { thread, index, previous, next } = position;
  const stories = thread.stories;
  const from = Math.max(0, Math.min(index - THREAD_AROUND, stories.length - 2 * THREAD_AROUND - 1));
  return {
    ...termLink({ label: thread.title, path: thread.path }),
    index,
    count: stories.length,
    shown: stories.slice(from, from + 2 * THREAD_AROUND + 1),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

/** The quotes in this story that other stories carry too, each with its speaker and the others. */
function sharedQuotes(archive: Archive, story: ArchiveStory) {
  return (archive.quotes.sharedBy.get(story.path) ?? []).map((quote) => ({
    text: quote.appearances.find((a) => a.story === story)?.text ?? quote.text,
    ...(quote.speaker ? { speaker: personLink(archive, quote.speaker) } : {}),
    count: quote.appearances.length,
    others: quote.appearances.filter((a) => a.story !== story).map((a) => a.story),
  }));
}

/**
 * Everything a story page shows: the story, and what the archive says
 * around it. Computed in getStaticPaths, so that the page's cache key
 * (src/lib/cache-key.ts) covers all of it.
 */
export function storyPageProps(archive: Archive, story: ArchiveStory) {
  return {
    story,
    body: archive.bodies.get(story.id)!,
    breadcrumbs: storyCrumbs(archive, story),
    neighbours: archive.adjacentStories.get(story.path) ?? {},
    related: archive.related.get(story.path) ?? [],
    terms: termGroups(archive, story),
    thread: threadAround(archive, story),
    quotes: sharedQuotes(archive, story),
  };
}

/**
 * What a story page of a part this build does not render is known by
 * (build-part.ts pagesOfThisPart): its props without its body, which only
 * its own part holds; the body is known by the digest of the entry file it
 * is rendered from, in the catalogue (src/build/kept-parts.ts).
 */
export function storyPageStandIn(archive: Archive, story: ArchiveStory) {
  const { body: _body, ...standIn } = storyPageProps(archive, story);
  return standIn;
}

export type StoryPageProps = ReturnType<typeof storyPageProps>;

/**
 * Each person's quotes across the archive, by the path of their page: the
 * quotes of every speaker the person's page stands for.
 */
export function quotesByPerson(archive: Archive): Map<string, { text: string; stories: ArchiveStory[] }[]> {
  const byPerson = new Map<string, { text: string; stories: ArchiveStory[] }[]>();
  for (const [speaker, quotes] of archive.quotes.bySpeaker) {
    const path = archive.findTerm.people(speaker)?.path;
    if (path === undefined) continue;
    const list = byPerson.get(path) ?? [];
    list.push(...quotes.map((quote) => ({ text: quote.text, stories: quote.appearances.map((a) => a.story) })));
    byPerson.set(path, list);
  }
  return byPerson;
}
