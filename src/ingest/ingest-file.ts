import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storyPath } from '../lib/story-path.ts';
import { SOURCES_DIR, type SourceRef } from './collect-sources.ts';
import { type ArticleDecision, buildEntries } from './build-entry.ts';
import { checkArticle } from './decide-entry.ts';
import { isUntouched } from './entry-hash.ts';
import { describeEntry, entryFileFor, type EntryStore } from './existing-entries.ts';
import type { PublicationTable } from './fields/publications.ts';
import { makeUniqueSlug } from './make-slug.ts';
import type { Overrides } from './overrides.ts';
import { renderEntry } from './render-entry.ts';
import { writeFileAtomic } from './write-entry.ts';

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
  readonly overrides: Overrides;
  /** Every entry in content/articles, updated as this run writes. */
  readonly entries: EntryStore;
  readonly publications: PublicationTable;
  readonly maxFileSize: number;
  readonly force: boolean;
}

/**
 * One source file → its entries under content/articles/ (one per article
 * in it). Never overwrites an existing entry without `force`, never writes
 * over another source's entry, never makes a second entry for a text already
 * in the archive. A source from outside content/sources/ is archived there
 * (atomically, before any entry points at it) when it yields an entry.
 */
export async function ingestFile(source: SourceRef, context: IngestContext): Promise<FileOutcome> {
  const refuseFile = (field: string, reason: string): FileOutcome => ({
    source,
    articles: [{ status: 'refused', notes: [], problem: { field, reason } }],
  });
  if (context.overrides.broken) return refuseFile('(overrides)', context.overrides.broken);
  if (source.size > context.maxFileSize) {
    return refuseFile(
      '(file)',
      `is ${formatSize(source.size)}, over the ${formatSize(context.maxFileSize)} limit; ` +
        'raise maxFileSize in content/ingest.yaml (or pass --max-size) if it really is one article',
    );
  }
  const bytes = await readFile(source.file);
  const archived = join(context.root, SOURCES_DIR, source.name);
  if (source.file !== archived) {
    const there = await readFile(archived).catch(() => undefined);
    if (there && !there.equals(bytes)) {
      return refuseFile(
        '(file)',
        `a different file is already archived as ${SOURCES_DIR}/${source.name} and sources are never replaced; rename the new file and run again`,
      );
    }
  }
  const built = buildEntries({
    name: source.name,
    bytes,
    overrides: context.overrides.byFile,
    publications: context.publications,
  });
  if (!built.ok) return refuseFile(built.problem.field, built.problem.reason);

  const outcomes: ArticleOutcome[] = [];
  let isArchived = source.file === archived;
  for (const decision of built.articles) {
    const outcome = await ingestArticle(decision, source, context, async () => {
      if (!isArchived) await writeFileAtomic(archived, bytes);
      isArchived = true;
    });
    outcomes.push({ ...outcome, notes: [...built.notes, ...outcome.notes] });
  }
  return { source, format: built.format, encoding: built.encoding, articles: outcomes };
}

async function ingestArticle(
  decision: ArticleDecision,
  source: SourceRef,
  context: IngestContext,
  archive: () => Promise<void>,
): Promise<ArticleOutcome> {
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

  const holderOf = (slug: string) => {
    const holder = entries.holderOf(storyPath({ published: decision.data.published, slug }));
    return holder === file ? undefined : holder;
  };
  const slug = makeUniqueSlug(decision.data.slug, (candidate) => holderOf(candidate) !== undefined);
  if (slug !== decision.data.slug) {
    const taken = storyPath({ published: decision.data.published, slug: decision.data.slug });
    notes.push(`slug "${slug}" because ${taken} is already ${holderOf(decision.data.slug)}`);
  }
  const checked = checkArticle({ ...decision.data, slug });
  if ('problem' in checked) return refuse(checked.problem.field, checked.problem.reason);

  const text = renderEntry(checked.data, decision.body);
  if (existing?.text === text) return { ...withPart, status: 'unchanged', entry: file, notes };
  if (existing && !context.force) {
    notes.unshift(
      isUntouched(existing.text)
        ? 'the ingester would now write it differently; run with --force to rewrite it'
        : 'edited by hand; run with --force to overwrite the edit',
    );
    return { ...withPart, status: 'kept', entry: file, notes };
  }
  await archive();
  await writeFileAtomic(join(context.root, file), text);
  entries.set(describeEntry(file, text));
  return { ...withPart, status: existing ? 'updated' : 'created', entry: file, notes };
}

/** 1536 → "1.5 KB"; binary units, as the limit is written. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '')} ${units[unit]}`;
}
