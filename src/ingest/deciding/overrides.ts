import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { z } from 'astro/zod';
import { OVERRIDE_FIELDS, overrideSchema, type Override } from './overrides-schema.ts';
import { parseYaml, yamlProblem } from '../../entry/parse-yaml.ts';
import { sha256Hex } from '../writing/entry-hash.ts';
import { ingestCacheFile } from '../writing/ingest-record.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';

export const OVERRIDES_FILE = 'content/overrides.yaml';

/**
 * The overrides in force, keyed by source file name, and the problems found.
 * A problem with one file's entry refuses that file only; `broken` is set when
 * the whole file cannot be read, which refuses every file.
 */
export interface Overrides {
  readonly byFile: ReadonlyMap<string, Override>;
  /** Per source file name: "content/overrides.yaml: <file>.<field>: reason" lines. */
  readonly problems: ReadonlyMap<string, string[]>;
  readonly broken?: string;
}

/**
 * Reads content/overrides.yaml under `root`; a missing file means no
 * overrides. An archive's overrides can name every source, so what a run
 * made of the file is kept (see ingestCacheFile) and used again while the
 * file's text and the ingester's code (`code`, see codeFingerprint) are the same.
 */
export async function loadOverrides(root: string, code: string): Promise<Overrides> {
  let raw: string;
  try {
    raw = await readFile(join(root, OVERRIDES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { byFile: new Map(), problems: new Map() };
    throw error;
  }
  const cacheFile = ingestCacheFile(root, 'overrides', 'v8');
  const key = sha256Hex(`${code}\n${raw}`);
  const cached = await readFile(cacheFile)
    .then((bytes) => deserialize(bytes) as { key: string; overrides: Overrides })
    .catch(() => undefined);
  if (cached?.key === key) return cached.overrides;
  const overrides = parseOverrides(raw);
  // A cache that cannot be written is left out: the next run parses the file again.
  await writeFileAtomic(cacheFile, serialize({ key, overrides })).catch(() => undefined);
  return overrides;
}

export function parseOverrides(raw: string): Overrides {
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    return {
      byFile: new Map(),
      problems: new Map(),
      broken: `${OVERRIDES_FILE}: (file): ${yamlProblem(error)}`,
    };
  }
  if (data === null || data === undefined) return { byFile: new Map(), problems: new Map() };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      byFile: new Map(),
      problems: new Map(),
      broken: `${OVERRIDES_FILE}: (file): must map source file names to overrides`,
    };
  }
  const byFile = new Map<string, Override>();
  const problems = new Map<string, string[]>();
  for (const [file, value] of Object.entries(data)) {
    const result = overrideSchema.safeParse(value);
    if (result.success) {
      byFile.set(file, result.data);
    } else {
      problems.set(file, describeIssues(file, result.error));
    }
  }
  return { byFile, problems };
}

/** "content/overrides.yaml: <file>.<field>: reason", one line per problem. */
function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const at = [file, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      const allowed = issue.path.at(-1) === 'reasons' ? OVERRIDE_FIELDS : [...OVERRIDE_FIELDS, 'reason', 'reasons'];
      return issue.keys.map(
        (key) =>
          `${OVERRIDES_FILE}: ${[...at, key].join('.')}: is not a field of an override (allowed: ${allowed.join(', ')})`,
      );
    }
    return [`${OVERRIDES_FILE}: ${at.join('.')}: ${issue.message}`];
  });
}
