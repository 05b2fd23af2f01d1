import nlp from 'compromise';
import { PARTICLES } from './name-case.ts';
import { NAME_TITLES, NAMING_TITLES } from './titles.ts';

/**
 * The person's names compromise reads in each run of capitalised words (see
 * text/name-runs.ts), run by run, in order: "Dr. Anthony S. Fauci" →
 * "Anthony S. Fauci", "Good Morning America" → nothing. compromise reads a
 * run alike wherever it stands (its people() rests on the words, not on the
 * sentence around them), so each run is read once per process and
 * remembered: a name the archive has met before costs a lookup.
 */
export function readPersonNames(runs: readonly string[]): string[] {
  const unread = [...new Set(runs.filter((run) => !readings.has(run)))];
  if (unread.length > 0) readRuns(unread);
  return runs.flatMap((run) => readings.get(run) ?? []);
}

/** Run → the names in it. Cleared when full, which changes nothing but speed. */
const readings = new Map<string, readonly string[]>();
const MAX_READINGS = 50_000;

/** One compromise pass over the runs, a line each; each match goes to the run its first word is in. */
function readRuns(runs: readonly string[]): void {
  if (readings.size + runs.length > MAX_READINGS) readings.clear();
  const starts: number[] = [];
  let offset = 0;
  for (const run of runs) {
    starts.push(offset);
    offset += run.length + 1;
  }
  const names = runs.map((): string[] => []);
  const doc = nlp(runs.join('\n'));
  doc.compute('offset');
  for (const terms of doc.people().docs as readonly (readonly Term[])[]) {
    const at = terms[0]?.offset?.start ?? 0;
    const line = starts.findLastIndex((start) => start <= at);
    const name = readName(terms);
    if (name && line >= 0) names[line]!.push(name);
  }
  runs.forEach((run, i) => readings.set(run, names[i]!));
}

interface Term {
  readonly text: string;
  readonly post: string;
  readonly tags?: ReadonlySet<string>;
  readonly offset?: { readonly start: number };
}

/** A single capital, as in "Ashley C. Ford": compromise keeps its full stop apart. */
const INITIAL = /^\p{Lu}$/u;

/**
 * One match of compromise's people() → the name as the text spells it:
 * leading titles dropped, an initial's full stop and a hyphen kept, cut at a
 * full stop that ends it, no particle at either end. Undefined when no name is left.
 */
function readName(terms: readonly Term[]): string | undefined {
  const words: string[] = [];
  let hyphen = false;
  for (const term of terms) {
    if (words.length === 0 && isTitle(term)) continue;
    const abbreviated = term.post.startsWith('.') && (INITIAL.test(term.text) || term.tags?.has('Abbreviation'));
    const word = abbreviated && !term.text.endsWith('.') ? `${term.text}.` : term.text;
    if (hyphen) words[words.length - 1] += `-${word}`;
    else words.push(word);
    const after = abbreviated ? term.post.slice(1) : term.post;
    hyphen = /^[-‐‑]$/u.test(after);
    if (!hyphen && /\S/u.test(after)) break;
  }
  while (words.length > 0 && PARTICLES.has(words[0]!)) words.shift();
  while (words.length > 0 && PARTICLES.has(words.at(-1)!)) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

function isTitle(term: Term): boolean {
  const word = term.text.replace(/\.$/, '').toLowerCase();
  return !NAMING_TITLES.has(word) && (NAME_TITLES.has(word) || term.tags?.has('Honorific') === true);
}
