import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../files/list-files.ts';
import { parse } from 'yaml';
import { parsePublished } from '../../entry/published-date.ts';
import type { Article } from '../../entry/article.ts';
import { sha256Hex } from './entry-hash.ts';
import { type EntryAddress, entryPath } from '../../entry/entry-path.ts';
import { stampOf } from './file-stamp.ts';
import { partSuffix } from '../formats/part-names.ts';
import { splitFrontMatter } from '../../entry/front-matter.ts';

export const ARTICLES_DIR = 'content/articles';

/** An entry file already in content/articles, as far as the ingester needs to know it. */
export interface ExistingEntry {
  /** Repository-relative path, e.g. content/articles/000_x.md. */
  readonly file: string;
  /** SHA-256 of its whole text. */
  readonly sha256: string;
  /** Its text, read from disk when a run needs it (most entries of a large archive are never read). */
  readonly readText: () => string;
  /** Its file's stamp when listed, taken before it was read (see file-stamp.ts); none for one this run wrote. */
  readonly stamp?: string;
  /** Where its story lives, when its front matter gives a valid date (or none: undated) and slug. */
  readonly address?: EntryAddress;
  /** `source.path` from its front matter, when it has one. */
  readonly sourcePath?: string;
  /** `source.part`, for an article of a file that holds several. */
  readonly sourcePart?: string;
  /** `ingest.textSha256`: the fingerprint of its text (see fingerprint.ts). */
  readonly textSha256?: string;
}

/**
 * The entries on disk, by file and by story URL, kept in step as a run
 * writes, so checking whether a URL is taken costs one lookup rather than a
 * pass over the whole archive.
 */
export class EntryStore {
  readonly #byFile = new Map<string, ExistingEntry>();
  readonly #fileByPath = new Map<string, string>();
  readonly #fileByText = new Map<string, string>();

  constructor(entries: Iterable<ExistingEntry> = []) {
    for (const entry of entries) this.set(entry);
  }

  get(file: string): ExistingEntry | undefined {
    return this.#byFile.get(file);
  }

  /** The entry file whose story is at `path`, if any. */
  holderOf(path: string): string | undefined {
    return this.#fileByPath.get(path);
  }

  /** The first entry (by file name) whose text has this fingerprint, if any. */
  holderOfText(textSha256: string): string | undefined {
    return this.#fileByText.get(textSha256);
  }

  set(entry: ExistingEntry): void {
    const previous = this.#byFile.get(entry.file);
    if (previous?.address && this.#fileByPath.get(entryPath(previous.address)) === entry.file) {
      this.#fileByPath.delete(entryPath(previous.address));
    }
    if (previous?.textSha256 && this.#fileByText.get(previous.textSha256) === entry.file) {
      this.#fileByText.delete(previous.textSha256);
    }
    this.#byFile.set(entry.file, entry);
    if (entry.address) this.#fileByPath.set(entryPath(entry.address), entry.file);
    if (entry.textSha256 && !this.#fileByText.has(entry.textSha256)) this.#fileByText.set(entry.textSha256, entry.file);
  }
}

/**
 * Every .md entry under `root`/content/articles, in sub-folders too.
 * `recorded` may describe an entry from its stamp (see file-stamp.ts and
 * replay-source.ts), without reading it; the others are read and described
 * from their front matter.
 */
export async function loadEntries(
  root: string,
  recorded?: (file: string, stamp: string, readText: () => string) => ExistingEntry | undefined,
): Promise<EntryStore> {
  const dir = join(root, ARTICLES_DIR);
  const entries: ExistingEntry[] = [];
  for (const name of (await listFiles(dir)).filter((path) => path.endsWith('.md'))) {
    const file = `${ARTICLES_DIR}/${name}`;
    const path = join(dir, name);
    const stamp = stampOf(path);
    const readText = () => readFileSync(path, 'utf8');
    const known = stamp === undefined ? undefined : recorded?.(file, stamp, readText);
    entries.push(known ?? { ...describeEntry(file, readText(), readText), ...(stamp ? { stamp } : {}) });
  }
  return new EntryStore(entries);
}

/**
 * The entry file of a source (its path under content/sources/, the
 * extension replaced) or of one article of it: `<name>--<part>.md`.
 */
export function entryFileFor(name: string, part: string | undefined): string {
  const stem = name.replace(/\.[^./]*$/, '');
  const suffix = part === undefined ? '' : `--${partSuffix(part)}`;
  return `${ARTICLES_DIR}/${stem}${suffix}.md`;
}

/** The entry the ingester has just written, described from its data rather than by parsing it again. */
export function entryFromData(file: string, text: string, data: Article): ExistingEntry {
  return {
    file,
    sha256: sha256Hex(text),
    readText: () => text,
    address: data.published === undefined ? { slug: data.slug } : { published: data.published, slug: data.slug },
    sourcePath: data.source.path,
    ...(data.source.part !== undefined ? { sourcePart: data.source.part } : {}),
    ...(data.ingest?.textSha256 ? { textSha256: data.ingest.textSha256 } : {}),
  };
}

/**
 * Reads what it can from an entry's front matter. Entries that are not
 * valid (hand edits in progress) are still listed, just without an address.
 */
export function describeEntry(file: string, text: string, readText: () => string = () => text): ExistingEntry {
  let data: Record<string, unknown> | undefined;
  try {
    const front = splitFrontMatter(text);
    const parsed: unknown = front ? parse(front.yaml) : undefined;
    data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    data = undefined;
  }
  const { published, slug, source, ingest } = data ?? {};
  const validSlug = typeof slug === 'string' && slug !== '';
  const address =
    validSlug && typeof published === 'string' && parsePublished(published).ok
      ? { published, slug }
      : validSlug && published === undefined
        ? { slug }
        : undefined;
  const { path: sourcePath, part: sourcePart } = (source ?? {}) as { path?: unknown; part?: unknown };
  const textSha256 = (ingest as { textSha256?: unknown } | undefined)?.textSha256;
  return {
    file,
    sha256: sha256Hex(text),
    readText,
    ...(address ? { address } : {}),
    ...(typeof sourcePath === 'string' ? { sourcePath } : {}),
    ...(typeof sourcePart === 'string' ? { sourcePart } : {}),
    ...(typeof textSha256 === 'string' ? { textSha256 } : {}),
  };
}
