import { listStoryPeople } from './people/story-people.ts';
import type { Paragraph } from '../markdown/rehype-body-facts.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { linkQuotes, type LinkedQuote } from './quotes/link-quotes.ts';
import { relatedStories } from './related-stories.ts';
import { isDated, type Story } from './story.ts';
import { groupThreads, type LeadingThread } from './threads/group-threads.ts';
import { threadInput } from './threads/thread-input.ts';

/**
 * What ties stories together across the whole archive: its threads, the
 * quotes stories share, each story's related stories, and each story's
 * people as its thread and its quotes make them. As plain data,
 * each story named by its index among the archive's stories earliest
 * first, so that it can be kept in the build cache and read back by every
 * part of a build in parts, which would otherwise each work out the same
 * links, the costliest step of a part
 * (docs/decisions/2026-11-24-100000-stories-links-once-per-build.md).
 */
export interface ArchiveLinks {
  /** How many stories the indexes count: a check that the links are read back against the stories they were made from. */
  readonly storyCount: number;
  /** Story threads, in the order they started; members earliest first; each with its earliest story's lead, so that the text need not be read again. */
  readonly threads: readonly LeadingThread[];
  /** Every quote found, each once, in the order of the stories. */
  readonly quotes: readonly LinkedQuote<number>[];
  /** Each story's related stories, most related first, in the order of the stories. */
  readonly related: readonly (readonly number[])[];
  /** Each story's people as the site lists them (people/story-people.ts), in the order of the stories. */
  readonly people: readonly (readonly string[])[];
}

/** The links between `stories` (earliest first), reading each story's text as paragraphs. */
export function linkArchive<S extends Story>(
  stories: readonly S[],
  paragraphsOf: (story: S) => readonly Paragraph[],
): ArchiveLinks {
  const indexOf = new Map(stories.map((story, index) => [story, index]));
  const textOf = (story: S) =>
    paragraphsOf(story)
      .map((p) => p.text)
      .join('\n');
  const related = relatedStories(stories);
  // Threads follow a story over time: an undated story has no place in one.
  const dated = stories.filter(isDated);
  const threads = groupThreads(dated.map((story) => threadInput(story, textOf(story)))).map((thread) => ({
    ...thread,
    members: thread.members.map((i) => indexOf.get(dated[i]!)!),
    lead: paragraphsOf(dated[thread.members[0]!]!).find((p) => !p.by)?.text ?? '',
  }));
  const found = stories.map((story) => findQuotes(paragraphsOf(story), story.data.people ?? []));
  return {
    storyCount: stories.length,
    threads,
    quotes: linkQuotes(found.map((quotes, index) => ({ key: index, quotes }))),
    related: stories.map((story) => related.get(story.path)!.map((other) => indexOf.get(other)!)),
    people: listStoryPeople(stories, threads, paragraphsOf, (index) => found[index]!),
  };
}

/** The links with each index in quotes and related stories replaced by its story, and each story's people by its path (threads keep their indexes: describeThreads reads them); throws when the links were made from a different number of stories. */
export function storiesOfLinks<S extends Story>(
  stories: readonly S[],
  links: ArchiveLinks,
): {
  threads: readonly LeadingThread[];
  quotes: LinkedQuote<S>[];
  related: Map<string, S[]>;
  people: Map<string, readonly string[]>;
} {
  if (links.storyCount !== stories.length) {
    throw new Error(`The archive links count ${links.storyCount} stories, but the archive has ${stories.length}`);
  }
  const story = (index: number) => stories[index]!;
  return {
    threads: links.threads,
    quotes: links.quotes.map(({ appearances, ...quote }) => ({
      ...quote,
      appearances: appearances.map((appearance) => ({ ...appearance, story: story(appearance.story) })),
    })),
    related: new Map(stories.map((s, index) => [s.path, links.related[index]!.map(story)])),
    people: new Map(stories.map((s, index) => [s.path, links.people[index]!])),
  };
}
