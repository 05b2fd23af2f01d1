import { readFileSync } from 'node:fs';
import { parseYaml } from '../../entry/parse-yaml.ts';

/**
 * The body extractor's tunable rules (word lists, patterns, thresholds) live
 * in YAML files next to this module, so that tuning shows as a data diff.
 * Each file is read once, when first asked for, and checked here: a rule
 * file of the wrong shape fails loudly at start-up, naming the file and key.
 * Each file is named with `new URL(…, import.meta.url)` so that the
 * ingester's fingerprint (ingester-fingerprint.ts) covers it.
 */

export interface FurnitureRules {
  /** Element name → label. */
  readonly tags: ReadonlyMap<string, string>;
  /** ARIA role → label. */
  readonly roles: ReadonlyMap<string, string>;
  /** Class or id word → label. */
  readonly words: ReadonlyMap<string, string>;
  readonly metadataWords: ReadonlySet<string>;
  readonly metadataMaxChars: number;
}

let furniture: FurnitureRules | undefined;

export function furnitureRules(): FurnitureRules {
  return (furniture ??= readFurnitureRules());
}

function readFurnitureRules(): FurnitureRules {
  const file = new URL('./furniture.yaml', import.meta.url);
  const data = readRuleFile(file);
  const at = (key: string) => `${file.pathname}: ${key}`;
  const words = new Map<string, string>();
  for (const [label, list] of Object.entries(record(data.words, at('words')))) {
    for (const word of strings(list, at(`words.${label}`))) words.set(word.toLowerCase(), label);
  }
  return {
    tags: new Map(Object.entries(stringRecord(data.tags, at('tags')))),
    roles: new Map(Object.entries(stringRecord(data.roles, at('roles')))),
    words,
    metadataWords: new Set(strings(data.metadataWords, at('metadataWords')).map((word) => word.toLowerCase())),
    metadataMaxChars: number(data.metadataMaxChars, at('metadataMaxChars')),
  };
}

export interface FurnitureTextRules {
  /** Blocks longer than this are not looked at. */
  readonly maxChars: number;
  /** Label and pattern of the whole text (anchored). */
  readonly wholeText: readonly (readonly [label: string, pattern: RegExp])[];
  /** Labels that, followed mostly by link text, make a block a link list (anchored at the start). */
  readonly linkListLabels: readonly RegExp[];
  /** After a "related links" label, a sibling block with this share of link text is more of the list. */
  readonly relatedFollowerLinkShare: number;
}

let furnitureText: FurnitureTextRules | undefined;

export function furnitureTextRules(): FurnitureTextRules {
  return (furnitureText ??= readFurnitureTextRules());
}

function readFurnitureTextRules(): FurnitureTextRules {
  const file = new URL('./furniture-text.yaml', import.meta.url);
  const data = readRuleFile(file);
  const at = (key: string) => `${file.pathname}: ${key}`;
  const wholeText: (readonly [string, RegExp])[] = [];
  for (const [label, list] of Object.entries(record(data.wholeText, at('wholeText')))) {
    for (const source of strings(list, at(`wholeText.${label}`))) {
      wholeText.push([label, patterns([`^(?:${source})$`], at(`wholeText.${label}`))[0]!]);
    }
  }
  return {
    maxChars: number(data.maxChars, at('maxChars')),
    relatedFollowerLinkShare: number(data.relatedFollowerLinkShare, at('relatedFollowerLinkShare')),
    wholeText,
    linkListLabels: patterns(
      strings(data.linkListLabels, at('linkListLabels')).map((source) => `^(?:${source})`),
      at('linkListLabels'),
    ),
  };
}

export interface ExtractionAttempt {
  /** How the report names it. */
  readonly name: string;
  /** Drop the page's furniture before Readability reads it. */
  readonly pruneFurniture: boolean;
  /** Narrow the page to the <article> or <main> holding the story. */
  readonly narrow: boolean;
  readonly charThreshold: number;
  readonly nbTopCandidates: number;
}

export interface BodyRules {
  readonly minWords: number;
  readonly maxLinkShare: number;
  readonly maxLinkBlockShare: number;
  readonly minLongestBlockWords: number;
  /** CSS selectors for elements that may hold the story (story-container.ts). */
  readonly storyContainers: readonly string[];
  readonly attempts: readonly ExtractionAttempt[];
}

let body: BodyRules | undefined;

export function bodyRules(): BodyRules {
  return (body ??= readBodyRules());
}

function readBodyRules(): BodyRules {
  const file = new URL('./body.yaml', import.meta.url);
  const data = readRuleFile(file);
  const at = (key: string) => `${file.pathname}: ${key}`;
  if (!Array.isArray(data.attempts) || data.attempts.length === 0) throw new Error(`${at('attempts')} must be a list`);
  const attempts = data.attempts.map((value: unknown, i: number): ExtractionAttempt => {
    const attempt = record(value, at(`attempts[${i}]`));
    const flag = (key: string) => {
      if (typeof attempt[key] !== 'boolean') throw new Error(`${at(`attempts[${i}].${key}`)} must be true or false`);
      return attempt[key];
    };
    if (typeof attempt.name !== 'string') throw new Error(`${at(`attempts[${i}].name`)} must be text`);
    return {
      name: attempt.name,
      pruneFurniture: flag('pruneFurniture'),
      narrow: flag('narrow'),
      charThreshold: number(attempt.charThreshold, at(`attempts[${i}].charThreshold`)),
      nbTopCandidates: number(attempt.nbTopCandidates, at(`attempts[${i}].nbTopCandidates`)),
    };
  });
  return {
    minWords: number(data.minWords, at('minWords')),
    maxLinkShare: number(data.maxLinkShare, at('maxLinkShare')),
    maxLinkBlockShare: number(data.maxLinkBlockShare, at('maxLinkBlockShare')),
    minLongestBlockWords: number(data.minLongestBlockWords, at('minLongestBlockWords')),
    storyContainers: strings(data.storyContainers, at('storyContainers')),
    attempts,
  };
}

/** A rule file's top-level map. */
export function readRuleFile(file: URL): Record<string, unknown> {
  return record(parseYaml(readFileSync(file, 'utf8')), file.pathname);
}

export function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${at} must be a map`);
  return value as Record<string, unknown>;
}

export function stringRecord(value: unknown, at: string): Record<string, string> {
  const map = record(value, at);
  for (const [key, item] of Object.entries(map)) {
    if (typeof item !== 'string') throw new Error(`${at}.${key} must be text`);
  }
  return map as Record<string, string>;
}

export function strings(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${at} must be a list of text`);
  }
  return value;
}

export function number(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${at} must be a number`);
  return value;
}

/** Patterns are written without slashes and read case-insensitively, with Unicode classes. */
export function patterns(value: unknown, at: string): RegExp[] {
  return strings(value, at).map((source, i) => {
    try {
      return new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(`${at}[${i}] is not a valid pattern: ${(error as Error).message}`, { cause: error });
    }
  });
}
