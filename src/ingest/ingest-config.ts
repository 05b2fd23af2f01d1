import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { type DateRule, parseDateValue } from './deciding/batch-dating.ts';
import { yamlProblem } from '../entry/parse-yaml.ts';

export const CONFIG_FILE = 'content/ingest.yaml';

/** The default limit on a source file's size: large enough for a saved page with inline images. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i;
const UNIT: Readonly<Record<string, number>> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "20 MB", "500 KB", "1048576": a size in bytes (binary units). */
export function parseSize(text: string): number | undefined {
  const match = SIZE.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNIT[(match[2] ?? 'B').toUpperCase()] ?? 1));
}

const sizeSchema = z.union([z.number().int().positive(), z.string()]).transform((value, ctx) => {
  const bytes = typeof value === 'number' ? value : parseSize(value);
  if (bytes === undefined || bytes <= 0) {
    ctx.addIssue({ code: 'custom', message: 'must be a size such as "20 MB", "500 KB" or a number of bytes' });
    return z.NEVER;
  }
  return bytes;
});

const nameList = () =>
  z.array(z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'), {
    error: 'must be a list of names',
  });

const dateValueSchema = z
  .string({ error: 'must be a quoted date such as "2004", "2004-05" or "2004-05-12"' })
  .transform((value, ctx) => {
    const reading = parseDateValue(value);
    if (!reading.ok) {
      ctx.addIssue({ code: 'custom', message: reading.reason });
      return z.NEVER;
    }
    return reading.published;
  });

/** One rule of `dates`: the date and the reason every source its glob matches is dated with. */
const dateRuleSchema = z.strictObject(
  {
    date: dateValueSchema,
    reason: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty: say what the date rests on'),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'must be a map with date and reason, e.g. { date: "2005", reason: "…" }'
        : undefined,
  },
);

/** A glob over paths under content/sources/ (as picomatch reads it), not the path from the project. */
const dateGlobSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((glob) => !/^(?:\.?\/|content\/sources\/)/.test(glob), {
    message: 'globs are relative to content/sources/: drop the leading "content/sources/" or "/"',
  });

/**
 * content/ingest.yaml: the archivist's settings for `npm run ingest`. Every
 * key is optional; a missing file means the defaults.
 */
export const ingestConfigSchema = z.strictObject({
  /** Larger source files are refused. */
  maxFileSize: sizeSchema.default(DEFAULT_MAX_FILE_SIZE),
  /**
   * One spelling per publication: canonical name → the other names and web
   * domains it appears under. Merged over the built-in list; yours wins.
   */
  publications: z.record(z.string().trim().min(1), z.array(z.string().trim().min(1))).default({}),
  /** Corrections to the people the ingester finds in a story's text (see fields/people.ts). */
  people: z
    .strictObject(
      {
        /** Names always recognised where a text holds them (whole words, case as written), even if missed. */
        allow: nameList().default([]),
        /** Names never listed, in any case: what is taken for a person and is not ("Good Morning America"). */
        deny: nameList().default([]),
      },
      { error: (issue) => (issue.code === 'invalid_type' ? 'must be a map with the lists allow and deny' : undefined) },
    )
    .default({ allow: [], deny: [] }),
  /**
   * Dates by path, for sources that state none: glob (relative to
   * content/sources/) → { date, reason }. Applied on every ingest; a date the
   * source states, an override and `--date` win over it (see batch-dating.ts).
   */
  dates: z
    .record(dateGlobSchema, dateRuleSchema, {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'must map globs to { date, reason }'
          : issue.code === 'invalid_key'
            ? issue.issues[0]?.message
            : undefined,
    })
    .default({})
    .transform((rules): DateRule[] =>
      Object.entries(rules).map(([pattern, rule]) => ({ pattern, published: rule.date, reason: rule.reason })),
    ),
  /**
   * What becomes of a source that stays undated: `refuse` it (the run lists
   * every such file and the one command that dates them) or `keep` it, as an
   * entry without `published`, listed under /undated/.
   */
  undated: z.enum(['refuse', 'keep'], { error: 'must be refuse or keep' }).default('refuse'),
});

export type IngestConfig = z.infer<typeof ingestConfigSchema>;

export type ConfigReading = { ok: true; config: IngestConfig } | { ok: false; message: string };

export async function loadIngestConfig(root: string): Promise<ConfigReading> {
  let raw: string;
  try {
    raw = await readFile(join(root, CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, config: ingestConfigSchema.parse({}) };
    throw error;
  }
  let data: unknown;
  try {
    data = parse(raw) ?? {};
  } catch (error) {
    return {
      ok: false,
      message: `${CONFIG_FILE}: (file): ${yamlProblem(error)}`,
    };
  }
  const result = ingestConfigSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    message: result.error.issues
      .flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map(
              (key) =>
                `${CONFIG_FILE}: ${[...issue.path, key].join('.')}: is not a setting (see the comments in ${CONFIG_FILE})`,
            )
          : [`${CONFIG_FILE}: ${issue.path.join('.') || '(file)'}: ${issue.message}`],
      )
      .join('\n'),
  };
}
