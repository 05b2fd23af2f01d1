import { titleCase } from 'title-case';

export interface ReadableHeadline {
  readonly value: string;
  /** Whether the case was converted (an ALL-CAPS headline); whitespace and a final full stop are tidied either way. */
  readonly changed: boolean;
}

/**
 * An ALL-CAPS headline in readable headline case; any other headline as
 * written. The body is the dictionary of proper nouns: a word the body
 * writes in a distinctive case ("NATO", "U.S.", "McDonald's", "iPhone",
 * "Bahia") keeps that case; every other word follows `title-case`'s
 * headline style ("U.S. STOCKS FALL AS OPEC CUTS OUTPUT" → "U.S. Stocks
 * Fall as OPEC Cuts Output").
 */
export function readableHeadline(headline: string, bodyText: string): ReadableHeadline {
  const tidy = tidyHeadline(headline);
  if (!isAllCaps(tidy)) return { value: tidy, changed: false };
  const dictionary = bodyDictionary(bodyText, new Set(words(tidy).map((word) => word.toLowerCase())));
  const tickers = [...tidy.matchAll(TICKER)].map((m) => [m.index, m.index + m[0].length] as const);
  const inTicker = (at: number) => tickers.some(([start, end]) => at > start && at < end);
  const lowered = tidy.replace(WORD, (word, at: number) =>
    inTicker(at) ? word : (caseFromDictionary(word, dictionary) ?? word.toLowerCase()),
  );
  return { value: titleCase(lowered), changed: true };
}

/** Whether most of the headline's cased letters are capitals ("NASA Launches Probe" is not). */
export function isAllCaps(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 2 && upper >= (upper + lower) * 0.8;
}

/** Whitespace collapsed and a final full stop dropped (not an ellipsis, nor the point of "U.S."). */
function tidyHeadline(headline: string): string {
  const collapsed = headline.replace(/\s+/g, ' ').trim();
  if (!collapsed.endsWith('.') || collapsed.endsWith('..') || DOTTED_ACRONYM_AT_END.test(collapsed)) return collapsed;
  return collapsed.slice(0, -1).trimEnd();
}

/** A word: a dotted acronym ("U.S."), or letters and digits joined by apostrophes ("McDonald's"). */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
const DOTTED_ACRONYM_AT_END = /(?:^|\s)(?:\p{L}\.){2,}$/u;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * Acronyms common in news that are no English word in lowercase, for
 * headlines whose body does not use them. "US", "WHO" and "IT" are not
 * here: they are also words.
 */
const KNOWN_ACRONYMS = new Set(
  'NASA NATO OPEC FBI CIA NSA EU UN UK USA UAE GDP CEO CFO IMF NFL NBA NHL MLB FIFA UEFA BBC CNN NPR IPO EPA FDA CDC NHS'.split(
    ' ',
  ),
);

/** A stock ticker as wire copy writes it, "<SRD>" or "(AAPL.O)": it stays in capitals. */
const TICKER = /<\p{Lu}{1,5}(?:\.\p{Lu}{1,3})?>|\(\p{Lu}{1,5}(?:\.\p{Lu}{1,3})?\)/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The case a headline word should keep, or undefined to let title case decide. */
function caseFromDictionary(word: string, dictionary: ReadonlyMap<string, string>): string | undefined {
  if (DOTTED_ACRONYM.test(word)) return word.toUpperCase();
  const key = word.toLowerCase();
  const fromBody = dictionary.get(key);
  if (fromBody) return fromBody;
  // "NATO'S": the body may only write "NATO".
  const possessive = /^(.+)(['’]s)$/.exec(key);
  const base = possessive && (dictionary.get(possessive[1]!) ?? knownCase(possessive[1]!.toUpperCase()));
  if (base && possessive) return base + possessive[2];
  return knownCase(word.toUpperCase());
}

function knownCase(upper: string): string | undefined {
  return KNOWN_ACRONYMS.has(upper) || ROMAN_NUMERAL.test(upper) ? upper : undefined;
}

/**
 * For each of the headline's words, the case the body writes it in when
 * that case is distinctive: the body's most frequent spelling of the word,
 * if it has capitals. A capital that only opens a sentence proves nothing
 * and is not counted, nor are runs of capitals (a dateline such as
 * "NEW YORK (Reuters) -", or shouting). A body mostly in capitals is no
 * dictionary at all.
 */
function bodyDictionary(body: string, wanted: ReadonlySet<string>): Map<string, string> {
  const dictionary = new Map<string, string>();
  if (body === '' || isAllCaps(body.slice(0, 2000))) return dictionary;
  const counts = new Map<string, Map<string, number>>();
  const tokens = [...body.matchAll(WORD)];
  tokens.forEach((match, i) => {
    const word = match[0];
    const key = word.toLowerCase();
    if (!wanted.has(key)) return;
    const allCaps = isCapitalsWord(word);
    if (allCaps) {
      if (isCapitalsWord(tokens[i - 1]?.[0]) || isCapitalsWord(tokens[i + 1]?.[0])) return;
      if (opensLine(body, match.index) && /^\s*[,(–—-]/.test(body.slice(match.index + word.length))) return;
    } else if (isCapitalised(word) && opensSentence(body, match.index)) {
      return;
    }
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(key, forms);
  });
  for (const [key, forms] of counts) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] === key ? -1 : b[0] === key ? 1 : 0));
    if (best && best[0] !== key) dictionary.set(key, best[0]);
  }
  return dictionary;
}

function isCapitalsWord(word: string | undefined): boolean {
  return word !== undefined && /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Capital first letter, the rest lowercase: the shape a sentence opening gives any word. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}[^\p{Lu}]*$/u.test(word);
}

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/["'“‘(\s]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before) || index < 4;
}

function opensLine(text: string, index: number): boolean {
  return index === 0 || /\n\s*$/.test(text.slice(Math.max(0, index - 4), index));
}
