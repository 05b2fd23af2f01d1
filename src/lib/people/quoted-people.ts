import type { FoundQuote } from '../quotes/find-quotes.ts';
import type { Paragraph } from '../../markdown/rehype-body-facts.ts';
import { termKey } from '../taxonomy.ts';

/**
 * A person's name as a post's author or a speech tag writes it, as a label:
 * symbols and emoji dropped ("Mac Lethal 🧢"), a word written all in one case
 * set in name case ("rachel zegler", "TONI TONE" → "Rachel Zegler", "Toni
 * Tone"), mixed case kept ("LeAnn", "McDonald"). Undefined unless two words
 * or more remain: one word ("NASA", "YNB") is a handle or an organisation as
 * often as a person.
 */
export function readPersonName(written: string): string | undefined {
  const words = written
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\s.'’-]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word));
  if (words.length < 2) return undefined;
  return words.map(nameCase).join(' ');
}

function nameCase(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The people whose words a story quotes, once each: the authors of the posts
 * it quotes (attributed paragraphs, however short), then the speakers its
 * quotes are attributed to (see quotes/find-quotes.ts).
 */
export function findQuotedPeople(paragraphs: readonly Paragraph[], quotes: readonly FoundQuote[]): string[] {
  const people = new Map<string, string>();
  for (const written of [...paragraphs.map((p) => p.by), ...quotes.map((q) => q.speaker)]) {
    const name = written === undefined ? undefined : readPersonName(written);
    if (name && !people.has(termKey(name))) people.set(termKey(name), name);
  }
  return [...people.values()];
}
