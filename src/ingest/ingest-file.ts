import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storyPath } from '../lib/story-path.ts';
import { SOURCES_DIR, type SourceRef } from './collect-sources.ts';
import { checkArticle } from './decide-entry.ts';
import { isUntouched } from './entry-hash.ts';
import { entryFileFor, entryFromData, type EntryStore } from './existing-entries.ts';
import { makeUniqueSlug } from './make-slug.ts';
import type { Overrides } from './overrides.ts';
import type { PreparedArticle, PreparedFile } from './prepare-file.ts';
import { renderEntry } from './render-entry.ts';
import { writeFileAtomic } from '../lib/write-file-atomic.ts';

export type Status = 'created' | 'updated' | 'unchanged' | 'kept' | 'duplicate' | 'refused';

/** What became of one article of a source (or of the whole file, when it is refused as a whole). */
export interface ArticleOutcome {
  readonly part?: string;
  readonly status: Status;
  /** The entry written, kept or left unchanged; for a duplicate, the entry it duplicates. */
  readonly entry?: string;
  /** Records of what was decided on the way: dropped furniture, a changed slug, the duplicate's original. */
  readonly notes: readonly string[];
  /** Why it was refused: the field at fault and the reason. */
  readonly problem?: { readonly field: string; readonly reason: string };
}

export interface FileOutcome {
  readonly source: SourceRef;
  readonly format?: string;
  readonly encoding?: string;
  readonly articles: readonly ArticleOutcome[];
}

export interface IngestContext {
  readonly root: string;
  /** Paths under content/sources/ that hold a file, kept up to date as sources are archived. */
  readonly archivedNames: Set<string>;
  readonly overrides: Overrides;
  /** Every entry in content/articles, updated as this run writes. */
  readonly entries: EntryStore;
  readonly force: boolean;
}

/**
 * Commits a prepared source file (see prepare-file.ts): its entries under
 * content/articles/, one per article in it. Never overwrites an existing
 * entry without `force`, never writes over another source's entry, never
 * makes a second entry for a text already in the archive. A source from
 * outside content/sources/ is archived there (atomically, before any entry
 * points at it) when it yields an entry. Files must be committed one at a
 * time, in the run's order: slugs and duplicates depend on what came before.
 */
export async function commitFile(
  source: SourceRef,
  prepared: PreparedFile,
  context: IngestContext,
): Promise<FileOutcome> {
  const writes: (() => Promise<void>)[] = [];
  const outcome = await decideFile(source, prepared, context, writes);
  // In order: the source is archived before the entry that points at it is written.
  for (const write of writes) await write();
  return outcome;
}

/**
 * Decides what becomes of each article and updates the in-memory entry
 * store (so the next file sees this one's slugs and texts), collecting the
 * writes in `writes`, to be made once every article is decided.
 */
async function decideFile(
  source: SourceRef,
  prepared: PreparedFile,
  context: IngestContext,
  writes: (() => Promise<void>)[],
): Promise<FileOutcome> {
  const refuseFile = (field: string, reason: string): FileOutcome => ({
    source,
    articles: [{ status: 'refused', notes: [], problem: { field, reason } }],
  });
  if (context.overrides.broken) return refuseFile('(overrides)', context.overrides.broken);
  if (!prepared.ok) return refuseFile(prepared.field, prepared.reason);
  const { bytes } = prepared;
  const archived = join(context.root, SOURCES_DIR, source.name);
  if (source.file !== archived && context.archivedNames.has(source.name)) {
    const there = await readFile(archived).catch(() => undefined);
    if (there && !there.equals(bytes)) {
      return refuseFile(
        '(file)',
        `a different file is already archived as ${SOURCES_DIR}/${source.name} and sources are never replaced; rename the new file and run again`,
      );
    }
  }

  const outcomes: ArticleOutcome[] = [];
  const archive = () => {
    if (context.archivedNames.has(source.name)) return;
    context.archivedNames.add(source.name);
    writes.push(() => writeFileAtomic(archived, bytes));
  };
  for (const article of prepared.articles) {
    const outcome = commitArticle(article, source, context, archive, writes);
    outcomes.push({ ...outcome, notes: [...prepared.notes, ...outcome.notes] });
  }
  return { source, format: prepared.format, encoding: prepared.encoding, articles: outcomes };
}

function commitArticle(
  decision: PreparedArticle,
  source: SourceRef,
  context: IngestContext,
  archive: () => void,
  writes: (() => Promise<void>)[],
): ArticleOutcome {
  const part = decision.part;
  const refuse = (field: string, reason: string): ArticleOutcome => ({
    ...(part !== undefined ? { part } : {}),
    status: 'refused',
    notes: [],
    problem: { field, reason },
  });
  const key = part === undefined ? source.name : `${source.name}#${part}`;
  const overrideProblems = context.overrides.problems.get(key);
  if (overrideProblems) return refuse('(overrides)', overrideProblems.join('\n'));
  const sourcePath = `${SOURCES_DIR}/${source.name}`;
  if (!decision.ok) return refuse(decision.problem.field, decision.problem.reason);

  const { entries } = context;
  const file = entryFileFor(source.name, part);
  const existing = entries.get(file);
  const sameSource = (e: { sourcePath?: string; sourcePart?: string }) =>
    e.sourcePath === sourcePath && e.sourcePart === part;
  if (existing?.sourcePath && !sameSource(existing)) {
    return refuse(
      '(entry)',
      `${file} is the entry of ${existing.sourcePath}${existing.sourcePart ? ` (part ${existing.sourcePart})` : ''} and is never overwritten; rename one of the two sources`,
    );
  }
  const notes = [...decision.notes];
  const withPart = part !== undefined ? { part } : {};

  const textSha256 = decision.data.ingest?.textSha256;
  const original = textSha256 ? entries.holderOfText(textSha256) : undefined;
  if (original && original !== file) {
    const holder = entries.get(original);
    return {
      ...withPart,
      status: 'duplicate',
      entry: original,
      notes: [`same text as ${original}${holder?.sourcePath ? ` (from ${holder.sourcePath})` : ''}; no entry made`],
    };
  }

  const { slug, note } = chooseSlug(decision.data, file, entries);
  if (note) notes.push(note);
  // The decision was checked against the schema; a new slug is the one thing to check again.
  const checked = slug === decision.data.slug ? { data: decision.data } : checkArticle({ ...decision.data, slug });
  if ('problem' in checked) return refuse(checked.problem.field, checked.problem.reason);

  // Rendered ahead with the slug it asked for; only a changed slug needs another.
  const text = slug === decision.data.slug && decision.text ? decision.text : renderEntry(checked.data, decision.body);
  if (existing?.text === text) return { ...withPart, status: 'unchanged', entry: file, notes };
  if (existing && !context.force) {
    notes.unshift(
      isUntouched(existing.text)
        ? 'the ingester would now write it differently; run with --force to rewrite it'
        : 'edited by hand; run with --force to overwrite the edit',
    );
    return { ...withPart, status: 'kept', entry: file, notes };
  }
  archive();
  writes.push(() => writeFileAtomic(join(context.root, file), text));
  entries.set(entryFromData(file, text, checked.data));
  return { ...withPart, status: existing ? 'updated' : 'created', entry: file, notes };
}

/**
 * The slug an entry gets: the one it asks for, or with -2, -3 … when another
 * entry's story is at that URL, with a note saying which.
 */
export function chooseSlug(
  asked: { readonly published: string; readonly slug: string },
  file: string,
  entries: EntryStore,
): { slug: string; note?: string } {
  const holderOf = (slug: string) => {
    const holder = entries.holderOf(storyPath({ published: asked.published, slug }));
    return holder === file ? undefined : holder;
  };
  const slug = makeUniqueSlug(asked.slug, (candidate) => holderOf(candidate) !== undefined);
  if (slug === asked.slug) return { slug };
  const taken = storyPath({ published: asked.published, slug: asked.slug });
  return { slug, note: `slug "${slug}" because ${taken} is already ${holderOf(asked.slug)}` };
}
