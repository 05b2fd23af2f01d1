import { furnitureRules } from '../../rules/load-rules.ts';
import type { ElementFacts } from './element-facts.ts';

/** Page furniture told by its markup: element names, ARIA roles, class and id words (the lists are in src/ingest/rules/furniture.yaml). */

const {
  tags: FURNITURE_TAGS,
  roles: FURNITURE_ROLES,
  words: WORD_LABELS,
  metadataWords: METADATA_WORDS,
  metadataMaxChars: METADATA_MAX_CHARS,
} = furnitureRules();

/**
 * Furniture told by the element's markup: its name, role or class words
 * (the byline and timestamp boxes only when short). This is all that is
 * looked at on the whole page, where reading every element's text would
 * cost too much; text patterns are looked for in the article Readability
 * finds.
 */
export function markupLabel(element: ElementFacts): string | undefined {
  const box = boxLabel(element);
  if (box) return box;
  for (const word of element.words) {
    if (METADATA_WORDS.has(word) && element.text().length <= METADATA_MAX_CHARS) return 'byline or timestamp';
  }
  return undefined;
}

/** Furniture told by its element name, role or class words alone (a box around something that is not the story). */
export function boxLabel(element: Pick<ElementFacts, 'tag' | 'role' | 'words'>): string | undefined {
  const byTag = FURNITURE_TAGS.get(element.tag);
  if (byTag) return byTag;
  const byRole = FURNITURE_ROLES.get(element.role);
  if (byRole) return byRole;
  for (const word of element.words) {
    const label = WORD_LABELS.get(word);
    if (label) return label;
  }
  return undefined;
}

/**
 * Every word a furniture rule reads, as one pattern: most elements' classes
 * hold none of them, and those are not split into words at all.
 */
const ANY_RULE_WORD = new RegExp([...WORD_LABELS.keys(), ...METADATA_WORDS].join('|'), 'i');

/** The class and id words the furniture rules read; empty when the attributes cannot hold any. */
export function ruleWords(className: string, id: string): ReadonlySet<string> {
  const joined = `${className} ${id}`;
  return ANY_RULE_WORD.test(joined) || ANY_RULE_WORD.test(joined.replace(/[^a-z0-9]+/gi, ''))
    ? attributeWords(className, id)
    : NO_WORDS;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Class and id words: split on anything not a letter or digit and at camelCase humps, plus adjacent pairs joined. */
export function attributeWords(className: string, id: string): Set<string> {
  const words = new Set<string>();
  for (const value of [className, id]) {
    if (!value) continue;
    for (const name of value.split(/\s+/)) {
      const parts = name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      parts.forEach((part, i) => {
        words.add(part);
        if (i > 0) words.add(parts[i - 1] + part);
      });
    }
  }
  return words;
}
