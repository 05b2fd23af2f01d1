import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storyPath } from '../lib/story-path.ts';
import { articleSchema } from '../schemas/article.ts';
import { formatIssues } from '../schemas/format-issues.ts';
import { buildEntry } from './build-entry.ts';
import { isUntouched } from './entry-hash.ts';
import { ARTICLES_DIR, describeEntry, type EntryStore } from './existing-entries.ts';
import type { Overrides } from './overrides.ts';
import { makeUniqueSlug } from './make-slug.ts';
import { renderEntry } from './render-entry.ts';
import { writeFileAtomic } from './write-entry.ts';

export type Outcome =
  | { readonly status: 'created' | 'updated' | 'unchanged' | 'kept'; readonly notes: readonly string[] }
  | { readonly status: 'refused'; readonly lines: readonly string[] };

export interface IngestContext {
  readonly root: string;
  readonly overrides: Overrides;
  /** Every entry in content/articles, updated as this run writes. */
  readonly entries: EntryStore;
  readonly force: boolean;
}

/**
 * One source (content/sources/<name>) → its entry content/articles/<stem>.md.
 * Writes only when the text differs, never over a hand edit without
 * `force`, never over another source's entry.
 */
export async function ingestFile(name: string, context: IngestContext): Promise<Outcome> {
  const sourcePath = `content/sources/${name}`;
  const refuse = (field: string, reason: string): Outcome => ({
    status: 'refused',
    lines: [`${sourcePath}: ${field}: ${reason}`],
  });
  const { overrides, entries } = context;
  if (overrides.broken) return { status: 'refused', lines: [overrides.broken] };
  const overrideProblems = overrides.problems.get(name);
  if (overrideProblems) return { status: 'refused', lines: overrideProblems };

  const bytes = await readFile(join(context.root, sourcePath));
  const built = buildEntry({ name, bytes, override: overrides.byFile.get(name) });
  if (!built.ok)
    return { status: 'refused', lines: built.problems.map((p) => `${sourcePath}: ${p.field}: ${p.reason}`) };

  const file = `${ARTICLES_DIR}/${name.replace(/\.[^.]*$/, '')}.md`;
  const existing = entries.get(file);
  if (existing?.sourcePath && existing.sourcePath !== sourcePath) {
    return refuse(
      '(entry)',
      `${file} is the entry of ${existing.sourcePath} and is never overwritten; rename one of the two sources`,
    );
  }

  const notes: string[] = [];
  const holderOf = (slug: string) => {
    const holder = entries.holderOf(storyPath({ published: built.data.published, slug }));
    return holder === file ? undefined : holder;
  };
  const slug = makeUniqueSlug(built.data.slug, (candidate) => holderOf(candidate) !== undefined);
  if (slug !== built.data.slug) {
    const taken = storyPath({ published: built.data.published, slug: built.data.slug });
    notes.push(`slug "${slug}" because ${taken} is already ${holderOf(built.data.slug)}`);
  }

  const checked = articleSchema.safeParse({ ...built.data, slug });
  if (!checked.success) return { status: 'refused', lines: formatIssues(sourcePath, checked.error).split('\n') };

  if (built.dropped > 0) notes.push(`dropped ${built.dropped} boilerplate paragraph${built.dropped === 1 ? '' : 's'}`);
  const text = renderEntry(checked.data, built.body);
  const status = !existing
    ? 'created'
    : existing.text === text
      ? 'unchanged'
      : isUntouched(existing.text) || context.force
        ? 'updated'
        : 'kept';
  if (status === 'created' || status === 'updated') {
    await writeFileAtomic(join(context.root, file), text);
    entries.set(describeEntry(file, text));
  }
  return { status, notes };
}
