import { isShortFormOf, shortForms } from '../name-forms.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';

const key = (name: string) => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');

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
  const own = new Set(ownNames.map(key));
  const candidates = [...new Map(threadPeople.map((name) => [key(name), name])).values()].filter(
    (name) => !own.has(key(name)),
  );
  if (candidates.length === 0) return [];
  const everyone = [...ownNames, ...candidates];
  const runs = paragraphs.flatMap(findNameRuns);
  return candidates.filter((name) => {
    const forms = shortForms(name).filter(
      (form) => everyone.filter((other) => other === form || isShortFormOf(other, form)).length === 1,
    );
    return runs.some((run) => spellsInFull(run, name) || forms.some((form) => isExactly(run, form, name)));
  });
}

function spellsInFull(run: NameRun, name: string): boolean {
  return ` ${run.words.join(' ')} `.includes(` ${name} `);
}

/**
 * Whether the run is the short form and nothing more. A sentence's first word
 * before it is set aside only when the form opens the name: "When Jack" is
 * Jack, while "Tom Stephens" is someone else's full name, not Stephens.
 */
function isExactly(run: NameRun, form: string, name: string): boolean {
  if (run.words.join(' ') === form) return true;
  return run.opensSentence && name.startsWith(`${form} `) && run.words.slice(1).join(' ') === form;
}
