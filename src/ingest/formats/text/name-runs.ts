import { PARTICLES } from '../../deciding/fields/name-case.ts';
import { NAME_TITLES } from '../../deciding/fields/titles.ts';

/**
 * The places in a text where a full name can be: runs of two or more
 * capitalised words ("Chrissy Teigen", "Dr. Anthony S. Fauci", "Charles de
 * Gaulle", "Ana Navarro-Cárdenas"), in text order, repeats kept.
 *
 * - A run ends at punctuation (a comma, a dash, a quote, a bracket), at a
 *   full stop that does not close an initial or a title ("J.K.", "Dr."), and
 *   after a possessive, which it drops ("Teigen's" → "Teigen").
 * - Lowercase particles (de, van, bin …) may stand inside a run, not at its ends.
 * - A line in Title Case (five words or more) is a heading whose capitals say
 *   nothing about names, so it gives no runs.
 */
export function findNameRuns(text: string): string[] {
  const runs: string[] = [];
  // Only the lines with two capitalised words in a row can hold a run: find them without splitting the rest.
  TWO_CAPITALS.lastIndex = 0;
  for (let match = TWO_CAPITALS.exec(text); match; match = TWO_CAPITALS.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const next = text.indexOf('\n', match.index);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end);
    if (!isTitleCase(line)) runs.push(...lineRuns(line));
    TWO_CAPITALS.lastIndex = end;
  }
  return runs;
}

/** Two capitalised words in a row, perhaps with particles between: a line without it has no run. */
const TWO_CAPITALS = new RegExp(
  `(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}'’.-]*[ \\t\\u00a0]+(?:(?:${[...PARTICLES].join('|')})[ \\t\\u00a0]+)*\\p{Lu}`,
  'gu',
);
/** Lowercase words a Title Case heading keeps lowercase. */
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into nor of off on onto or over per so than the to up via vs with yet'.split(' '),
);
const OPENING = /^[("“‘'[«]+/u;
const CLOSING = /[)"”’'\],;:!?…»]+$/u;
const POSSESSIVE = /(?<=\p{L})['’]s$/u;
/** "I’m", "We’ve", "Don’t": a contraction is no part of a name. */
const CONTRACTION = /['’](?:m|re|ll|ve|d|t)$/iu;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const LOWERCASE_START = /^[a-z]/;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const UPPER_START = /^\p{Lu}/u;

function isTitleCase(line: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(line); match; match = WORD.exec(line)) {
    if (!UPPER_START.test(match[0]) && !MINOR_WORDS.has(match[0])) return false;
    words += 1;
  }
  return words >= 5;
}

function lineRuns(line: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = () => {
    while (run.length > 0 && PARTICLES.has(run.at(-1)!)) run.pop();
    if (run.filter((word) => !PARTICLES.has(word)).length >= 2) runs.push(run.join(' '));
    run = [];
  };
  for (const token of line.split(/\s+|(?=[—–])|(?<=[—–])/u)) {
    // Most words: lowercase, so neither a name word nor, with no run open, a particle inside one.
    if (run.length === 0 && LOWERCASE_START.test(token)) continue;
    if (OPENING.test(token)) end();
    let word = token.replace(OPENING, '');
    const closed = CLOSING.test(word);
    word = word.replace(CLOSING, '');
    const possessive = POSSESSIVE.test(word);
    word = word.replace(POSSESSIVE, '');
    const stop = word.endsWith('.') && !isAbbreviation(word);
    if (stop) word = word.slice(0, -1);
    if (isNameWord(word) || (run.length > 0 && PARTICLES.has(word))) run.push(word);
    else end();
    if (closed || possessive || stop) end();
  }
  end();
  return runs;
}

function isNameWord(word: string): boolean {
  return CAPITALISED.test(word) && word !== 'I' && !CONTRACTION.test(word);
}

/** "S.", "J.K.", "Dr.", "Sen.", "Jr.": a full stop that does not end a sentence. */
function isAbbreviation(word: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(word) || NAME_TITLES.has(word.slice(0, -1).toLowerCase()) || /^[JS]r\.$/.test(word);
}
