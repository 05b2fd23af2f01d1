import type { FoundQuote } from '../quotes/find-quotes.ts';
import type { Paragraph } from '../../markdown/rehype-body-facts.ts';
import type { Story } from '../story.ts';
import type { GroupedThread } from '../threads/group-threads.ts';
import { termKey } from '../taxonomy.ts';
import { findQuotedPeople } from './quoted-people.ts';
import { findThreadPeople } from './thread-people.ts';

/**
 * The people of each story as the site lists them, in the order of
 * `stories`: its entry's people (what the ingester found in its text), then
 * the people of its thread it names by a short form only (thread-people.ts),
 * then the people whose words it quotes (quoted-people.ts); each once,
 * compared as labels are (case and spacing aside).
 */
export function listStoryPeople<S extends Story>(
  stories: readonly S[],
  threads: readonly GroupedThread[],
  paragraphsOf: (story: S) => readonly Paragraph[],
  quotesOf: (index: number) => readonly FoundQuote[],
): string[][] {
  // The names each story's thread lists, by story index.
  const threadPeopleOf = new Map<number, readonly string[]>();
  for (const { members } of threads) {
    const names = members.flatMap((member) => stories[member]!.data.people ?? []);
    for (const member of members) threadPeopleOf.set(member, names);
  }
  return stories.map((story, index) => {
    const own = story.data.people ?? [];
    const paragraphs = paragraphsOf(story);
    const named = findThreadPeople(
      paragraphs.map((paragraph) => paragraph.text),
      threadPeopleOf.get(index) ?? [],
      [...own, ...(story.data.authors ?? [])],
    );
    const people = new Map<string, string>();
    for (const name of [...own, ...named, ...findQuotedPeople(paragraphs, quotesOf(index))]) {
      if (!people.has(termKey(name))) people.set(termKey(name), name);
    }
    return [...people.values()];
  });
}
