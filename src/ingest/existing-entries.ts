import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePublished } from '../lib/published-date.ts';
import { type StoryAddress, storyPath } from '../lib/story-path.ts';
import { splitFrontMatter } from './render-entry.ts';

export const ARTICLES_DIR = 'content/articles';

/** An entry file already in content/articles, as far as the ingester needs to know it. */
export interface ExistingEntry {
  /** Repository-relative path, e.g. content/articles/000_x.md. */
  readonly file: string;
  readonly text: string;
  /** Where its story lives, when its front matter gives a valid date and slug. */
  readonly address?: StoryAddress;
  /** `source.path` from its front matter, when it has one. */
  readonly sourcePath?: string;
}

/**
 * The entries on disk, by file and by story URL, kept in step as a run
 * writes, so checking whether a URL is taken costs one lookup rather than a
 * pass over the whole archive.
 */
export class EntryStore {
  readonly #byFile = new Map<string, ExistingEntry>();
  readonly #fileByPath = new Map<string, string>();

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

  set(entry: ExistingEntry): void {
    const previous = this.#byFile.get(entry.file)?.address;
    if (previous && this.#fileByPath.get(storyPath(previous)) === entry.file) {
      this.#fileByPath.delete(storyPath(previous));
    }
    this.#byFile.set(entry.file, entry);
    if (entry.address) this.#fileByPath.set(storyPath(entry.address), entry.file);
  }
}

/** Every .md entry under `root`/content/articles. */
export async function loadEntries(root: string): Promise<EntryStore> {
  const dir = join(root, ARTICLES_DIR);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const entries: ExistingEntry[] = [];
  for (const name of names.filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort()) {
    const file = `${ARTICLES_DIR}/${name}`;
    entries.push(describeEntry(file, await readFile(join(dir, name), 'utf8')));
  }
  return new EntryStore(entries);
}

/**
 * Reads what it can from an entry's front matter. Entries that are not
 * valid (hand edits in progress) are still listed, just without an address.
 */
export function describeEntry(file: string, text: string): ExistingEntry {
  let data: Record<string, unknown> | undefined;
  try {
    const front = splitFrontMatter(text);
    const parsed: unknown = front ? parse(front.yaml) : undefined;
    data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    data = undefined;
  }
  const { published, slug, source } = data ?? {};
  const address =
    typeof published === 'string' && typeof slug === 'string' && slug !== '' && parsePublished(published).ok
      ? { published, slug }
      : undefined;
  const sourcePath = (source as { path?: unknown } | undefined)?.path;
  return {
    file,
    text,
    ...(address ? { address } : {}),
    ...(typeof sourcePath === 'string' ? { sourcePath } : {}),
  };
}
