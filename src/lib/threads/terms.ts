/**
 * The words of a text that can tell one event from another, as TF-IDF terms:
 * lower case, accents folded, at least three letters, not a function word or
 * one of the verbs every news story uses.
 */

const STOP_WORDS = new Set(
  (
    'the and for that with was were are has have had not but his her hers him she they them their this these those ' +
    'from who whom whose what when where which while why how its our ours you your yours all any can could would ' +
    'should will shall may might must been being into onto over under about after before again also just than then ' +
    'there here out off only own same such too very one two three some more most other many much each both few ' +
    'said says say told tell wrote writes added according reported report reports news story year years day days ' +
    'week weeks month months time times new first last now back even still well like get got make made going ' +
    'because did does doing done per via upon yet nor let lets via mr mrs ms monday tuesday wednesday thursday ' +
    'friday saturday sunday'
  ).split(/\s+/u),
);

/** A capitalised word inside a sentence (a name or a place) counts this many times: names tell events apart, common nouns tell only their kind. */
const NAME_WEIGHT = 2;

/** Words of three or more characters; for ASCII text simpler patterns, faster, find the same words. */
const WORD = /\p{L}[\p{L}\p{N}]{2,}/gu;
const ASCII_WORD = /[a-z][a-z0-9]{2,}/g;
/** A capitalised word after a lower-case word, a digit or a comma: inside a sentence, so a name. */
const NAME = /(?<=[\p{Ll}\p{N},;] +)\p{Lu}[\p{L}\p{N}]{2,}/gu;
const ASCII_NAME = /(?<=[a-z0-9,;] +)[A-Z][A-Za-z0-9]{2,}/g;

export function termsOf(text: string): string[] {
  // Accents folded (é → e); ASCII text, most of it, needs no Unicode pass.
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = (ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).replace(/['’]/g, '');
  const words = folded.toLowerCase().match(ascii ? ASCII_WORD : WORD) ?? [];
  const names = (folded.match(ascii ? ASCII_NAME : NAME) ?? []).map((name) => name.toLowerCase());
  const terms = words.filter((word) => !STOP_WORDS.has(word));
  for (const name of names) if (!STOP_WORDS.has(name)) for (let n = 1; n < NAME_WEIGHT; n += 1) terms.push(name);
  return terms;
}
