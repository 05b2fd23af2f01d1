import { readFileSync } from 'node:fs';
import { parseYaml } from '../parse-yaml.ts';

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
