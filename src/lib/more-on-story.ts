import { threadId } from './threads/group-threads.ts';
import type { Story } from './story.ts';

/**
 * How another story stands to the one whose page it is: just before or after
 * it in their thread (`previous`, `next`), or in the whole archive by date
 * (`earlier`, `later`).
 */
export type Relation = 'previous' | 'next' | 'earlier' | 'later';

export interface MoreStory<S extends Story = Story> {
  readonly story: S;
  readonly relations: readonly Relation[];
}

/** What a story page knows around its story (story-page.ts), as "More on this story" needs it. */
export interface AroundStory<S extends Story = Story> {
  readonly story: S;
  /** The thread's stories shown around this one, earliest first, this one among them. */
  readonly thread?: { readonly shown: readonly S[]; readonly previous?: S; readonly next?: S } | undefined;
  readonly neighbours: { readonly earlier?: S; readonly later?: S };
  readonly related: readonly S[];
  readonly quotes: readonly { readonly others: readonly S[] }[];
}

export interface MoreOnStory<S extends Story = Story> {
  /** The thread around the story, earliest first, the story itself in its place. */
  readonly thread: readonly MoreStory<S>[];
  /**
   * Every other story the page points to that is not in `thread`: the
   * archive's earlier and later story, the related stories and the stories
   * sharing a quote, each once; earliest first, undated last.
   */
  readonly others: readonly MoreStory<S>[];
}

const RELATION_WORDS: Record<Relation, string> = {
  previous: 'Previous in this thread',
  next: 'Next in this thread',
  earlier: 'Earlier in the archive',
  later: 'Later in the archive',
};

/** One story both just before (or after) this one in its thread and in the whole archive. */
const BOTH_WORDS = { previous: 'Previous in this thread and the archive', next: 'Next in this thread and the archive' };

/** Earliest first; undated stories (empty sort key) last, by headline. */
function compareEarliestFirst(a: Story, b: Story): number {
  if (a.sortKey === '' || b.sortKey === '') return (a.sortKey === '' ? 1 : 0) - (b.sortKey === '' ? 1 : 0);
  return (
    a.sortKey.localeCompare(b.sortKey) || a.data.headline.localeCompare(b.data.headline) || a.id.localeCompare(b.id)
  );
}

/**
 * Everything a story page links to around its story, grouped so that each
 * other story appears once: the thread as a timeline, then the rest in date
 * order, each marked with how it stands to this story.
 */
export function moreOnStory<S extends Story>(around: AroundStory<S>): MoreOnStory<S> {
  const { story, thread, neighbours } = around;
  const relations = new Map<string, Relation[]>();
  const relate = (other: S | undefined, relation: Relation) => {
    if (!other) return;
    relations.set(other.path, [...(relations.get(other.path) ?? []), relation]);
  };
  relate(thread?.previous, 'previous');
  relate(thread?.next, 'next');
  relate(neighbours.earlier, 'earlier');
  relate(neighbours.later, 'later');
  const item = (other: S): MoreStory<S> => ({ story: other, relations: relations.get(other.path) ?? [] });

  const inThread = thread?.shown ?? [];
  const seen = new Set<string>([story.path, ...inThread.map((other) => other.path)]);
  const others: S[] = [];
  for (const other of [
    thread?.previous,
    thread?.next,
    neighbours.earlier,
    neighbours.later,
    ...around.related,
    ...around.quotes.flatMap((quote) => quote.others),
  ]) {
    if (!other || seen.has(other.path)) continue;
    seen.add(other.path);
    others.push(other);
  }
  return { thread: inThread.map(item), others: others.sort(compareEarliestFirst).map(item) };
}

/**
 * A story's relations in words, "Previous in this thread" or "Earlier in the
 * archive", or one phrase when it is both the previous (next) story in the
 * thread and the earlier (later) one in the archive; empty for none.
 */
export function describeRelations(relations: readonly Relation[]): string {
  const has = new Set(relations);
  const words: string[] = [];
  for (const [inThread, inArchive] of [
    ['previous', 'earlier'],
    ['next', 'later'],
  ] as const) {
    if (has.has(inThread) && has.has(inArchive)) words.push(BOTH_WORDS[inThread]);
    else if (has.has(inThread)) words.push(RELATION_WORDS[inThread]);
    else if (has.has(inArchive)) words.push(RELATION_WORDS[inArchive]);
  }
  return words.join('; ');
}

/** The id of a story's entry in "More on this story", which the shared quotes link to. */
export function moreAnchor(story: Story): string {
  return `more-${threadId(story.path)}`;
}
