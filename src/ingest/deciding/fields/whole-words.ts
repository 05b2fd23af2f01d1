/**
 * Finding names as whole words: not inside a longer word or a hyphenated
 * name, a space in a name standing for any run of white space.
 */

export interface WordMatch {
  /** The name as the text writes it (its white space as in the text). */
  readonly text: string;
  readonly index: number;
}

/**
 * Any of `names` as whole words, longest first: the same matches, in the
 * same order, as a global regular expression `(?<!X)(?:names…)(?!Y)`
 * (`wholeWordsPattern`) finds, found with string searches for the words the
 * names open with instead of a pattern compiled for each list of names.
 */
export function findWholeWords(text: string, names: readonly string[]): WordMatch[] {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((name) => name.split(' '));
  // A name with an empty word, a word opening with white space ("A  B") or half a surrogate pair is left to the pattern.
  if (
    alternatives.some((words) =>
      words.some((word) => word === '' || WHITE_SPACE_START.test(word) || LONE_SURROGATE.test(word)),
    )
  ) {
    return [...text.matchAll(wholeWordsPattern(names, 'gu'))].map((match) => ({ text: match[0], index: match.index }));
  }
  const starts = new Set<number>();
  for (const first of new Set(alternatives.map((words) => words[0]!))) {
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) starts.add(at);
  }
  const matches: WordMatch[] = [];
  let searchFrom = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < searchFrom || !boundaryBefore(text, start)) continue;
    for (const words of alternatives) {
      const end = matchAt(text, start, words);
      if (end === -1) continue;
      matches.push({ text: text.slice(start, end), index: start });
      searchFrom = end;
      break;
    }
  }
  return matches;
}

/** Before a name: no letter, mark, digit, apostrophe or hyphen. After it: no letter, mark, digit or hyphen. */
const BEFORE = "(?<![\\p{L}\\p{M}\\p{N}'’-])";
const AFTER = '(?![\\p{L}\\p{M}\\p{N}-])';
const BOUNDARY_BEFORE = new RegExp(BEFORE, 'uy');
const BOUNDARY_AFTER = new RegExp(AFTER, 'uy');
const WHITE_SPACE = /\s+/uy;
const WHITE_SPACE_START = /^\s/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** The pattern findWholeWords matches as, for lists that need it. */
export function wholeWordsPattern(names: readonly string[], flags: string): RegExp {
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, flags);
}

/** Where the name's words, joined by white space, end if they stand at `start` followed by a boundary; else -1. */
function matchAt(text: string, start: number, words: readonly string[]): number {
  let at = start;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      WHITE_SPACE.lastIndex = at;
      if (!WHITE_SPACE.test(text)) return -1;
      at = WHITE_SPACE.lastIndex;
    }
    if (!text.startsWith(words[i]!, at)) return -1;
    at += words[i]!.length;
  }
  BOUNDARY_AFTER.lastIndex = at;
  return BOUNDARY_AFTER.test(text) ? at : -1;
}

function boundaryBefore(text: string, at: number): boolean {
  BOUNDARY_BEFORE.lastIndex = at;
  return BOUNDARY_BEFORE.test(text);
}
