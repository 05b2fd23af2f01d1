import { isSingleCase, nameCase } from './name-case.ts';
import { isKnownPublication } from './publications.ts';

export interface CleanedAuthors {
  /** One person's name per entry, in name case, de-duplicated in order of appearance. */
  readonly names: string[];
  /** What was taken out and is not a name (titles, outlet credits, emails, handles), for the report. */
  readonly dropped: string[];
}

/**
 * Reads bylines and author fields as written ("By JANE DOE and JOHN ROE,
 * Associated Press", "Jane Doe (@janedoe)", "Posted by jdoe") into the
 * names of the people who wrote the story.
 *
 * - "By", "Written by", "Posted by" … are removed.
 * - Names are split on commas, "and", "&", "|", ";" and spaced dashes.
 * - Job titles and outlet credits after a name are dropped ("Staff Writer",
 *   "Associated Press Writer", "Special to The Times"), as are emails,
 *   @handles, URLs, honorifics (Dr., Prof.) and credentials (Ph.D.).
 *   Jr., Sr. and Roman numerals stay with the name.
 * - A byline that names no person ("Staff", "Reuters Staff", "The
 *   Associated Press", "Editorial Board") gives no names.
 * - A name is one to six words; a lowercase single word is a user name
 *   ("jdoe"), not a person's name. Names in one case are put in name case.
 */
export function cleanAuthors(raw: readonly string[]): CleanedAuthors {
  const names: string[] = [];
  const dropped: string[] = [];
  const seenNames = new Set<string>();
  const seenDropped = new Set<string>();
  for (const value of raw) {
    for (const piece of readByline(value)) {
      const key = comparisonKey(piece.text);
      if (piece.isName && !seenNames.has(key)) {
        seenNames.add(key);
        names.push(piece.text);
      } else if (!piece.isName && !seenDropped.has(key)) {
        seenDropped.add(key);
        dropped.push(piece.text);
      }
    }
  }
  return { names, dropped };
}

interface Piece {
  readonly text: string;
  readonly isName: boolean;
}

const EMAIL = /(?:mailto:)?[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const HANDLE = /(?<![\p{L}\d])@[\w.]+/gu;
const PARENTHESISED = /\(([^()]*)\)|\[([^[\]]*)\]/g;
const LEAD_IN =
  /^(?:(?:story|text|words|reporting|written|posted|reported|compiled|edited|published|submitted|filed)\s+)?by\s*:?\s+/i;
const PARTS = /\s*[|;/•·]\s*|\s+[–—-]{1,2}\s+/u;
const CONJUNCTION = /\s+(?:and|&)\s+|^(?:and|&)\s+/i;

function readByline(value: string): Piece[] {
  const pieces: Piece[] = [];
  const drop = (text: string) => {
    const trimmed = text.trim().replace(/^[\s,.;:]+|[\s,;:]+$/g, '');
    if (trimmed !== '') pieces.push({ text: trimmed, isName: false });
  };
  let text = value
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
  text = text.replace(EMAIL, (email) => (drop(email), ' '));
  text = text.replace(URL, (url) => (drop(url), ' '));
  text = text.replace(HANDLE, (handle) => (drop(handle), ' '));
  text = text.replace(PARENTHESISED, (_all, round: string | undefined, square: string | undefined) => {
    drop(round ?? square ?? '');
    return ' ';
  });
  text = text.replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');

  // The index of the name just read, which a following "Jr." belongs to.
  let previous: number | undefined;
  for (const part of text.split(PARTS)) {
    for (const segment of part.split(',')) {
      const trimmed = segment.trim().replace(/^(?:and|&)\s+/i, '');
      if (trimmed === '') continue;
      if (SUFFIX.test(trimmed) && previous !== undefined) {
        const name = pieces[previous]!.text;
        pieces[previous] = { text: `${name} ${caseSuffix(trimmed, name)}`, isName: true };
        continue;
      }
      if (CREDENTIAL.test(trimmed) || isCredit(trimmed)) {
        drop(trimmed);
        previous = undefined;
        continue;
      }
      for (const person of trimmed.split(CONJUNCTION)) {
        const name = readName(person, drop);
        if (name === undefined) {
          previous = undefined;
          continue;
        }
        pieces.push({ text: name, isName: true });
        previous = pieces.length - 1;
      }
    }
  }
  return pieces;
}

const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|rev|sir|dame)\.?\s+/i;
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;
const CREDENTIAL = /^(?:ph\.?\s?d|m\.?d|d\.?phil|m\.?b\.?a|r\.?n|esq)\.?$/i;
const NAME_WORD = /^(?:\p{L}[\p{L}\p{M}'’.-]*)$/u;

/** The person's name in `text`, after its honorific and any trailing credit are dropped; undefined when it is none. */
function readName(text: string, drop: (text: string) => void): string | undefined {
  let words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const honorific = HONORIFIC.exec(words.join(' '));
  if (honorific && words.length > 1) {
    drop(words[0]!);
    words = words.slice(1);
  }
  const creditStart = findTrailingCredit(words);
  if (creditStart !== undefined) {
    drop(words.slice(creditStart).join(' '));
    words = words.slice(0, creditStart);
  }
  const name = words.join(' ');
  if (!isName(words, creditStart !== undefined)) {
    drop(name);
    return undefined;
  }
  return isSingleCase(name) ? nameCase(name) : name;
}

/**
 * One to six words that are each capitalised (or all in one case), with
 * particles allowed, and no job word ("Bugle Staff" is a credit).
 */
function isName(words: readonly string[], hadCredit: boolean): boolean {
  if (words.length === 0 || words.length > 6) return false;
  if (!words.every((word) => NAME_WORD.test(word))) return false;
  if (words.some((word) => NON_PERSON.has(word.toLowerCase()))) return false;
  if (words.length === 1) {
    // One word is a name only when it is capitalised and stands alone: "jdoe" is a user name.
    return !hadCredit && /^\p{Lu}/u.test(words[0]!);
  }
  return (
    isSingleCase(words.join(' ')) || words.every((word) => /^\p{Lu}|^[dl]['’]\p{Lu}/u.test(word) || PARTICLES.has(word))
  );
}

/** Lowercase words a name may hold inside it: "Vincent van Gogh", "Oscar de la Hoya". */
const PARTICLES = new Set('de del della der den des du da di dos la le van von ter ten bin ibn al el'.split(' '));

/**
 * Where a credit starts after a name written without a comma ("Jane Doe
 * Staff Writer", "Jane Doe Special to The Times"): the earliest word,
 * leaving two words of name, from which the rest is a credit.
 */
function findTrailingCredit(words: readonly string[]): number | undefined {
  for (let i = 2; i < words.length; i++) if (isTrailingCredit(words.slice(i))) return i;
  return undefined;
}

/** Words that name a job, a desk or a collective rather than a person. */
const NON_PERSON = new Set(
  (
    'staff staffer writer writers correspondent correspondents reporter reporters editor editors editorial board ' +
    'columnist columnists contributor contributors contributing producer photographer analyst critic bureau chief ' +
    'senior deputy managing executive associate assistant special freelance intern desk team wire wires service ' +
    'services report reports reporting news newsroom agency agencies admin administrator webmaster anonymous ' +
    'business political politics science health technology tech sports foreign international national ' +
    'investigative economics markets entertainment culture arts opinion travel media data digital video graphics ' +
    'research researcher correspondence'
  ).split(' '),
);
const CONNECTIVES = new Set(['the', 'of', 'for', 'at', 'and', '&', 'to', 'from', 'in']);

/**
 * A byline segment that is wholly a credit: a known publication, a known
 * publication followed by job words ("Reuters Staff", "AP Business
 * Writer"), or job words alone ("Staff", "Editorial Board", "Staff and wire reports").
 */
function isCredit(text: string): boolean {
  if (isKnownPublication(text)) return true;
  const words = text.split(/\s+/);
  for (let i = words.length - 1; i >= 1; i--) {
    if (isKnownPublication(words.slice(0, i).join(' ')) && words.slice(i).every(isJobWord)) return true;
  }
  return words.every(isJobWord) && words.some((word) => NON_PERSON.has(word.toLowerCase()));
}

/**
 * The words after a name that credit an outlet or a job: a known
 * publication, "Special to …" or "For …", or job words with perhaps the
 * outlet's name before them ("Times Staff Writer").
 */
function isTrailingCredit(words: readonly string[]): boolean {
  const text = words.join(' ');
  if (isCredit(text)) return true;
  if (/^(?:special\s+(?:to|for)|for|from)\s+\p{Lu}/iu.test(text)) return true;
  const jobStart = words.findIndex(isJobWord);
  return (
    jobStart >= 0 &&
    words.slice(jobStart).every(isJobWord) &&
    words.slice(jobStart).some((word) => NON_PERSON.has(word.toLowerCase())) &&
    words.slice(0, jobStart).every((word) => /^\p{Lu}/u.test(word))
  );
}

function isJobWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  return NON_PERSON.has(lower) || CONNECTIVES.has(lower);
}

function caseSuffix(suffix: string, name: string): string {
  if (/^(?:ii|iii|iv)$/i.test(suffix)) return suffix.toUpperCase();
  const cased = suffix.charAt(0).toUpperCase() + suffix.slice(1).toLowerCase();
  return isSingleCase(name) || cased.endsWith('.') ? cased : `${cased}.`;
}

/** Names are the same person when they differ only in case or accents. */
function comparisonKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}
