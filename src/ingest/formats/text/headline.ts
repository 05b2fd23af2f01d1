import type { Block } from './blocks.ts';
import { splitSentences } from './sentences.ts';

/** A headline line is at most this long. */
const MAX_HEADLINE_LINE = 120;
/** A headline cut from the lede is at most this long… */
const MAX_DERIVED = 100;
/** …and a cut shorter than this says too little to be a headline. */
const MIN_DERIVED = 30;

/**
 * Words that open a clause or phrase the headline can end before. A cut is
 * made just before one of them, or just before , ; : — punctuation.
 */
export const clauseOpeners: readonly string[] = [
  'after',
  'before',
  'following',
  'as',
  'because',
  'since',
  'while',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'and',
  'but',
  'or',
  'although',
  'though',
  'amid',
  'despite',
  'during',
  'until',
  'unless',
  'whereas',
];

/**
 * True when a paragraph reads as a headline: one line, short, one sentence,
 * and not ending like a sentence of prose (a period, or a closing quote after
 * a period). Questions and exclamations are allowed.
 */
export function looksLikeHeadline(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const text = block.text;
  if (text.length > MAX_HEADLINE_LINE) return false;
  if (/\.["'”’)]*$/.test(text)) return false;
  // Without a stop followed by more text there is one sentence; compromise is only needed to weigh "Mr." or "Sept.".
  if (!/[.!?…]["'”’)]*\s+\S/u.test(text)) return true;
  return splitSentences(text).length === 1;
}

export interface DerivedHeadline {
  readonly text: string;
  /** Which rule made it, for the provenance evidence. */
  readonly rule: 'first sentence of the lede' | 'first clause of the lede' | 'first words of the lede';
}

/**
 * A headline made from the lede: its first sentence, cut when longer than
 * 100 characters at the latest clause boundary that leaves 30–100
 * characters, without the final period. Undefined when the lede has no text.
 */
export function deriveHeadline(lede: string): DerivedHeadline | undefined {
  const first = splitSentences(lede)[0];
  if (!first) return undefined;
  const sentence = first.replace(/[.]+$/, '').trim();
  if (sentence.length <= MAX_DERIVED) return { text: sentence, rule: 'first sentence of the lede' };
  const clause = cutAtClause(sentence);
  return clause
    ? { text: clause, rule: 'first clause of the lede' }
    : { text: cutAtWord(sentence), rule: 'first words of the lede' };
}

/** The longest prefix ending before a clause boundary, 30–100 characters long. */
export function cutAtClause(sentence: string): string | undefined {
  const openers = clauseOpeners.join('|');
  const boundary = new RegExp(`\\s*[,;:—–]\\s|\\s+(?=(?:${openers})\\b)`, 'giu');
  let best: string | undefined;
  for (const match of sentence.matchAll(boundary)) {
    const prefix = sentence.slice(0, match.index).replace(/[\s,;:—–]+$/u, '');
    if (prefix.length >= MIN_DERIVED && prefix.length <= MAX_DERIVED && (!best || prefix.length > best.length)) {
      best = prefix;
    }
  }
  return best;
}

/** Last resort: the sentence cut at the last space before 100 characters. */
function cutAtWord(sentence: string): string {
  const cut = sentence.slice(0, MAX_DERIVED + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_DERIVED)).replace(/[\s,;:—–]+$/u, '');
}
