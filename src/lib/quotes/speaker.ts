/**
 * Who a quote is attributed to, from the words around it in its sentence:
 * `"…," Teigen wrote`, `"…," said John Legend`, `Teigen said: "…"`. Only a
 * sentence that names the speaker counts; "she said" gives no speaker. A
 * name is matched to the story's people (full name, or first or last name
 * alone) so quotes can be listed on a person's page; a full name the story
 * does not list is kept as written.
 */

const VERBS =
  'said|says|wrote|writes|added|adds|told|tells|explained|continued|shared|posted|tweeted|captioned|confessed|admitted|recalled|revealed|began|stated|noted|asked|replied|insisted|joked|penned|concluded|declared|announced';
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`;
const SPEECH_VERB = new RegExp(String.raw`\b(?:${VERBS})\b`, 'u');
/** After the closing quote: `, Teigen wrote` or `, said Teigen`. */
const AFTER_NAME_VERB = new RegExp(String.raw`^[,.!?]?\s*${NAME}\s+(?:${VERBS})\b`, 'u');
const AFTER_VERB_NAME = new RegExp(String.raw`^[,.!?]?\s*(?:${VERBS})\s+${NAME}`, 'u');
/** Before the opening quote, in the same clause: `Teigen said:` or `Teigen wrote in her essay,`. */
const BEFORE = new RegExp(String.raw`${NAME}\s+(?:${VERBS})\b[^.!?:"“”]{0,60}[:,]\s*$`, 'u');

/** Capitalised words that start a sentence or name a role, never a person. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'But', 'And', 'She', 'He', 'They', 'It', 'We', 'I', 'This']);

/** True when `text` (what sits between two quoted runs) holds a speech verb: `," she wrote. "`. */
export function hasSpeechVerb(text: string): boolean {
  return SPEECH_VERB.test(text);
}

export function speakerAfter(text: string): string | undefined {
  return (AFTER_NAME_VERB.exec(text) ?? AFTER_VERB_NAME.exec(text))?.[1];
}

export function speakerBefore(text: string): string | undefined {
  // Only the sentence that holds the quote: text after the last full stop.
  const clause = text.split(/[.!?]\s+(?=\p{Lu})/u).at(-1) ?? text;
  return BEFORE.exec(clause)?.[1];
}

/** The person a written name means: one of `people` when it names one of them, else the name when it is a full name. */
export function resolveSpeaker(name: string | undefined, people: readonly string[]): string | undefined {
  if (!name) return undefined;
  const words = name.split(/\s+/u);
  if (NOT_NAMES.has(words[0]!)) return undefined;
  const key = name.toLocaleLowerCase('en');
  const match =
    people.find((person) => person.toLocaleLowerCase('en') === key) ??
    (words.length === 1
      ? people.find((person) => {
          const parts = person.toLocaleLowerCase('en').split(/\s+/u);
          return parts.at(-1) === key || parts[0] === key;
        })
      : undefined);
  return match ?? (words.length > 1 ? name : undefined);
}
