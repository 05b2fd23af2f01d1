/**
 * The runs of capitalised words in a text, each a name or part of one as far
 * as the text's spelling tells: "When Jack was born, Luna Simone cried" has
 * "When Jack" and "Luna Simone". Words are joined by white space only (a
 * comma or a dash ends a run); a possessive ("Jack’s") is read as the name.
 */

export interface NameRun {
  readonly words: readonly string[];
  /** True when the run's first word opens a sentence, so may be capitalised for that alone ("When Jack"). */
  readonly opensSentence: boolean;
}

/** A word: letters and marks, with inner hyphens and apostrophes (Navarro-Cárdenas, O’Brien). */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
/** What may sit between two words of one name. */
const NAME_GAP = /^\s+$/u;
/** What, before a word, makes it the first of a sentence or of a quotation (as does nothing at all: the text's first word). */
const SENTENCE_GAP = /(?:[.!?:;"“”(\[—–]|\s-)\s*$/u;

export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: string[] = [];
  let opensSentence = false;
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(end, match.index);
    const first = end === 0;
    end = match.index + match[0].length;
    const word = match[0].replace(POSSESSIVE, '');
    if (current.length > 0 && (!CAPITALISED.test(word) || !NAME_GAP.test(gap))) {
      runs.push({ words: current, opensSentence });
      current = [];
    }
    if (!CAPITALISED.test(word)) continue;
    if (current.length === 0) opensSentence = first || SENTENCE_GAP.test(gap);
    current.push(word);
    // A possessive ends the name: "Jack’s Mother" is not one.
    if (word !== match[0]) {
      runs.push({ words: current, opensSentence });
      current = [];
    }
  }
  if (current.length > 0) runs.push({ words: current, opensSentence });
  return runs;
}
