import { clipText } from '../clip-text.ts';
import type { Story } from '../story.ts';
import type { LeadingThread } from './group-threads.ts';

/** A story thread as its page and its stories' pages show it. */
export interface StoryThread<S extends Story = Story> {
  readonly id: string;
  /** Site path of its page: /threads/<id>/. */
  readonly path: string;
  /** The headline of its earliest story: the report that started it. */
  readonly title: string;
  /** The earliest story's standfirst, or else the start of its text. */
  readonly summary: string;
  /** Earliest first. */
  readonly stories: readonly S[];
  /** Everyone its stories name, most named first (ties A to Z). */
  readonly people: readonly string[];
  /** The publications that covered it, A to Z. */
  readonly publications: readonly string[];
}

/** Summaries longer than this are clipped at a word. */
const SUMMARY_LENGTH = 280;

export function threadPath(id: string): string {
  return `/threads/${id}/`;
}

/**
 * Each group of stories as a thread. The title and id come from the earliest
 * story, so a story added later never renames a thread; a new earliest one
 * does (an editor's pin keeps it).
 */
export function describeThreads<S extends Story>(
  stories: readonly S[],
  groups: readonly LeadingThread[],
): StoryThread<S>[] {
  return groups.map(({ id, members: indexes, lead }) => {
    const members = indexes.map((i) => stories[i]!);
    const first = members[0]!;
    const counts = new Map<string, number>();
    for (const story of members)
      for (const person of story.data.people ?? []) counts.set(person, (counts.get(person) ?? 0) + 1);
    return {
      id,
      path: threadPath(id),
      title: first.data.headline,
      summary: first.data.dek ?? clipText(lead, SUMMARY_LENGTH),
      stories: members,
      people: [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en')).map(([person]) => person),
      publications: [...new Set(members.flatMap((story) => story.data.publication ?? []))].sort((a, b) =>
        a.localeCompare(b, 'en'),
      ),
    };
  });
}

/** Where each story sits in its thread, keyed by story path. */
export function threadPositions<S extends Story>(
  threads: readonly StoryThread<S>[],
): Map<string, { thread: StoryThread<S>; index: number; previous?: S; next?: S }> {
  return new Map(
    threads.flatMap((thread) =>
      thread.stories.map((story, index) => {
        const previous = thread.stories[index - 1];
        const next = thread.stories[index + 1];
        return [story.path, { thread, index, ...(previous ? { previous } : {}), ...(next ? { next } : {}) }] as const;
      }),
    ),
  );
}
