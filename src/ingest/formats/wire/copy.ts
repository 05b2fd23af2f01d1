import { stripControls } from '../body-contract.ts';
import { isSignOff, isTransmissionHeader } from './sign-offs.ts';

/** Hard-wrapped wire copy has lines of about 70 characters; a longer line is a whole paragraph. */
const WRAP_WIDTH = 100;
/**
 * A hard-wrapped line shorter than this share of the longest line ended
 * early, so its paragraph ends there (a table row, the last line).
 */
const SHORT_LINE_SHARE = 0.6;

export interface Copy {
  readonly paragraphs: readonly string[];
  /** Sign-off lines removed from the end, as written. */
  readonly signOffs: readonly string[];
  /** Routing lines removed from the start, as written. */
  readonly headers: readonly string[];
  /** Lines removed because they hold no letter or digit ("******", "----"). */
  readonly rules: number;
  readonly controlCharacters: number;
}

/**
 * Wire copy as transmitted → its paragraphs. A paragraph ends at a blank
 * line and before a line indented more than the least indented line (the
 * first-line indent of wire copy). When every line is indented alike and no
 * blank line separates them, each line is a paragraph (TREC's AP copy).
 * Hard-wrapped lines are rejoined. Routing lines at the start and sign-off
 * lines at the end are dropped, and so are lines without letters or digits.
 */
export function readCopy(raw: string): Copy {
  const stripped = stripControls(raw);
  const lines = stripped.replace(/\t/g, '    ').split('\n');
  const headers = takeWhile(lines, 'start', isTransmissionHeader);
  const signOffs = takeWhile(lines, 'end', isSignOff);
  const kept = lines.map((line) => (/[\p{L}\p{N}]/u.test(line) ? line : ''));
  return {
    paragraphs: paragraphs(kept),
    signOffs,
    headers,
    rules: lines.filter((line) => line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line)).length,
    controlCharacters: raw.length - stripped.length,
  };
}

/** Removes the lines that pass `test` from one end of `lines` (blank lines between them too); returns them trimmed. */
function takeWhile(lines: string[], end: 'start' | 'end', test: (line: string) => boolean): string[] {
  const taken: string[] = [];
  const order = end === 'start' ? lines.keys() : [...lines.keys()].reverse();
  let cut = end === 'start' ? 0 : lines.length;
  for (const index of order) {
    const line = lines[index] ?? '';
    if (line.trim() !== '') {
      if (!test(line)) break;
      taken.push(line.trim());
    }
    cut = end === 'start' ? index + 1 : index;
  }
  if (end === 'start') lines.splice(0, cut);
  else lines.splice(cut);
  return end === 'start' ? taken : taken.reverse();
}

function paragraphs(lines: readonly string[]): string[] {
  const written = lines.filter((line) => line.trim() !== '');
  const indents = written.map(indentOf);
  const least = Math.min(...indents);
  const longest = Math.max(...written.map((line) => line.trim().length));
  const hardWrapped = longest <= WRAP_WIDTH;
  const blankBetween = /\n[ \u00a0]*\n/.test(lines.join('\n').trim());
  const linePerParagraph = !hardWrapped || (least > 0 && indents.every((n) => n === least) && !blankBetween);

  const found: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) found.push(rejoin(current));
    current = [];
  };
  // The copy's first line may share its line with the tag or dateline before it, so its being short ends nothing.
  let previous: string | undefined;
  let previousIsFirst = false;
  for (const line of lines) {
    const text = line.trim().replace(/[\s\u00a0]+/g, ' ');
    if (text === '') {
      flush();
      continue;
    }
    const endedEarly = previous !== undefined && !previousIsFirst && previous.length < SHORT_LINE_SHARE * longest;
    if (linePerParagraph || indentOf(line) > least || endedEarly) flush();
    current.push(text);
    previousIsFirst = previous === undefined;
    previous = text;
  }
  flush();
  return found;
}

function indentOf(line: string): number {
  return /^[ \u00a0]*/.exec(line)?.[0].length ?? 0;
}

/** Joins hard-wrapped lines; a word broken at a hyphen ("long-" / "term") is joined without a space. */
function rejoin(lines: readonly string[]): string {
  return lines.reduce((joined, line) =>
    /\p{L}-$/u.test(joined) && /^\p{L}/u.test(line) ? joined + line : `${joined} ${line}`,
  );
}
