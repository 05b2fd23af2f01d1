import { shortForms } from '../../entry/name-forms.ts';
import { termKey } from '../taxonomy.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';

/**
 * The people of a story's thread that the story names, though its entry does
 * not list them: a story that says only "Jack", in a thread whose other
 * stories name "Jack Stephens", names Jack Stephens.
 *
 * - `threadPeople`: the full names the thread's stories list.
 * - `ownNames`: the names the story's entry already gives (its people and
 *   authors); they are not returned, and they hold their short forms.
 *
 * A thread name counts when a run of capitalised words in the text spells it
 * in full, or is exactly one of its short forms (see name-forms.ts; a
 * sentence's first word before a form that opens the name aside: "When
 * Jack") and no other thread name nor own name holds that short form: with
 * two Jacks in the thread, or a story by Jack Roe, "Jack" names nobody. A
 * short form inside a longer run ("Jack Black") is another person's name and
 * never counts. In the order of `threadPeople`.
 */
export function findThreadPeople(
  paragraphs: readonly string[],
  threadPeople: readonly string[],
  ownNames: readonly string[],
): string[] {
  const own = new Set(ownNames.map(termKey));
  const candidates = [...new Map(threadPeople.map((name) => [termKey(name), name])).values()].filter(
    (name) => !own.has(termKey(name)),
  );
  if (candidates.length === 0) return [];
  // How many names hold each spelling, in full or as a short form: a spelling only one holds is unambiguous.
  const holders = new Map<string, number>();
  for (const name of [...ownNames, ...candidates]) {
    for (const form of new Set([name, ...shortForms(name)])) holders.set(form, (holders.get(form) ?? 0) + 1);
  }
  const longest = Math.max(...candidates.map((name) => name.split(' ').length));
  const spelt = readRuns(paragraphs.flatMap(findNameRuns), longest);
  return candidates.filter(
    (name) =>
      spelt.within.has(name) ||
      shortForms(name).some(
        (form) =>
          holders.get(form) === 1 &&
          (spelt.whole.has(form) || (name.startsWith(`${form} `) && spelt.afterOpener.has(form))),
      ),
  );
}

/**
 * The spellings the runs give: each run whole; each run of at most `longest`
 * words within one (a full name inside a longer run); and, for a run opening a
 * sentence, the rest after its first word, which may be capitalised for
 * opening the sentence alone. That word is set aside only before a form that
 * opens the name: "When Jack" is Jack, while "Tom Stephens" is someone else's
 * full name, not Stephens.
 */
function readRuns(runs: readonly NameRun[], longest: number) {
  const whole = new Set<string>();
  const within = new Set<string>();
  const afterOpener = new Set<string>();
  for (const { words, opensSentence } of runs) {
    whole.add(words.join(' '));
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + longest); end++)
        within.add(words.slice(start, end).join(' '));
    }
    if (opensSentence && words.length > 1) afterOpener.add(words.slice(1).join(' '));
  }
  return { whole, within, afterOpener };
}
