/**
 * Puts a person's name written in one case (ALL CAPS, or all lowercase)
 * into name case: "JEAN-LUC O'NEILL" → "Jean-Luc O'Neill", "DE LA CRUZ" →
 * "De la Cruz", "MCDONALD" → "McDonald".
 *
 * - Hyphenated parts are each capitalised; so is the part after a one-letter
 *   prefix and apostrophe (O'Neill, D'Angelo, N'Dour).
 * - "Mc" is always followed by a capital. "Mac" is not touched (Macdonald,
 *   Mackey and Macy are as common as MacDonald), so it reads "Macdonald".
 * - Particles (de, la, van, von, der …) are lowercase inside a name and
 *   capitalised when they open it.
 * - Initials, Roman numerals and Jr./Sr. keep their usual form.
 * A name already in mixed case should be left as written; this does not check.
 */
export function nameCase(name: string): string {
  const words = name.trim().split(/\s+/);
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && i < words.length - 1 && PARTICLES.has(lower)) return lower;
      return caseWord(word);
    })
    .join(' ');
}

/** Whether a name is written in a single case, so that `nameCase` should be applied. */
export function isSingleCase(name: string): boolean {
  return !/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name);
}

/** Lowercase words a name may hold inside it: "Vincent van Gogh", "Oscar de la Hoya". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'des',
  'du',
  'da',
  'dos',
  'das',
  'la',
  'las',
  'los',
  'van',
  'von',
  'ter',
  'ten',
  'zu',
  'bin',
  'ibn',
]);

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/i;
const INITIALS = /^(?:\p{L}\.)+$/u;

function caseWord(word: string): string {
  if (ROMAN_NUMERAL.test(word)) return word.toUpperCase();
  if (INITIALS.test(word)) return word.toUpperCase();
  return word
    .split('-')
    .map((part) => casePart(part))
    .join('-');
}

function casePart(part: string): string {
  const apostrophe = /^(\p{L})(['’])(\p{L}.*)$/u.exec(part);
  if (apostrophe) return `${apostrophe[1]!.toUpperCase()}${apostrophe[2]}${capitalise(apostrophe[3]!)}`;
  const mc = /^(mc)(\p{L}.*)$/iu.exec(part);
  if (mc && mc[2]!.length > 1) return `Mc${capitalise(mc[2]!)}`;
  return capitalise(part);
}

function capitalise(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
