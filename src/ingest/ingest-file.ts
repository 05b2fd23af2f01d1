import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Article } from '../entry/article.ts';
import type { Provenance } from '../entry/provenance.ts';
import { SOURCES_DIR, type SourceRef } from './reading/collect-sources.ts';
import { checkArticle, undatedReason } from './deciding/decide-entry.ts';
import { isUntouched, sha256Hex } from './writing/entry-hash.ts';
import { type EntryAddress, entryPath } from '../entry/entry-path.ts';
import { entryFileFor, entryFromData, type EntryStore, type ExistingEntry } from './writing/existing-entries.ts';
import { makeUniqueSlug } from './deciding/make-slug.ts';
import type { Overrides } from './deciding/overrides.ts';
import type { PreparedArticle, PreparedFile } from './prepare-file.ts';
import { renderEntry, renderEntryWithBody } from './writing/render-entry.ts';
import { splitFrontMatter } from '../entry/front-matter.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

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
  /**
   * No date was found for it: refused, or written undated (`undated: keep`).
   * The run lists these together, with the command that dates them.
   */
  readonly undated?: true;
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
  /** content/ingest.yaml's `undated`: what becomes of an article no date is found for. */
  readonly undated: 'refuse' | 'keep';
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

  // No date found: an editor's date its entry already has (from an earlier --date) stays; else the policy.
  let decided = decision.data;
  if (decided.published === undefined) {
    const front = existing && sameSource(existing) ? readFrontMatter(existing.readText()) : undefined;
    const earlier = front ? editorDate(front.data) : undefined;
    if (earlier) {
      decided = withDate(decided, earlier.published, earlier.provenance);
      notes.push(
        `dated "${earlier.published}" as its entry already was, by an editor: "${earlier.provenance.evidence}"`,
      );
    } else if (context.undated === 'refuse' && !(front && front.data['published'] === undefined)) {
      return { ...refuse('published', undatedReason(key)), undated: true };
    }
  }

  const textSha256 = decided.ingest?.textSha256;
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

  const { slug, note } = chooseSlug(decided, file, entries);
  if (note) notes.push(note);
  // The decision was checked against the schema; a new slug (or a date carried forward) is what to check again.
  const asDecided = decided === decision.data;
  const checked = slug === decided.slug && asDecided ? { data: decided } : checkArticle({ ...decided, slug });
  if ('problem' in checked) return refuse(checked.problem.field, checked.problem.reason);

  // Rendered ahead with the slug it asked for; only a changed slug (or date) needs another.
  const text =
    slug === decided.slug && asDecided && decision.text ? decision.text : renderEntry(checked.data, decision.body);
  if (existing?.sha256 === sha256Hex(text)) return { ...withPart, status: 'unchanged', entry: file, notes };
  const published = checked.data.published;
  const undatedFront =
    existing && !context.force && published !== undefined ? readFrontMatter(existing.readText()) : undefined;
  if (existing && undatedFront && undatedFront.data['published'] === undefined) {
    return dateUndatedEntry(existing, undatedFront, checked.data, { withPart, notes, archive, writes, context });
  }
  if (existing && !context.force) {
    notes.unshift(
      isUntouched(existing.readText())
        ? 'the ingester would now write it differently; run with --force to rewrite it'
        : 'edited by hand; run with --force to overwrite the edit',
    );
    return { ...withPart, status: 'kept', entry: file, notes };
  }
  archive();
  writes.push(() => writeFileAtomic(join(context.root, file), text));
  entries.set(entryFromData(file, text, checked.data));
  return {
    ...withPart,
    status: existing ? 'updated' : 'created',
    entry: file,
    notes,
    ...(published === undefined ? { undated: true as const } : {}),
  };
}

/**
 * The slug an entry gets: the one it asks for, or with -2, -3 … when another
 * entry's story is at that URL (for an undated entry, /undated/<slug>/),
 * with a note saying which.
 */
export function chooseSlug(asked: EntryAddress, file: string, entries: EntryStore): { slug: string; note?: string } {
  const at = (slug: string): EntryAddress =>
    asked.published === undefined ? { slug } : { published: asked.published, slug };
  const holderOf = (slug: string) => {
    const holder = entries.holderOf(entryPath(at(slug)));
    return holder === file ? undefined : holder;
  };
  const slug = makeUniqueSlug(asked.slug, (candidate) => holderOf(candidate) !== undefined);
  if (slug === asked.slug) return { slug };
  const taken = entryPath(at(asked.slug));
  return { slug, note: `slug "${slug}" because ${taken} is already ${holderOf(asked.slug)}` };
}

type FrontMatter = { data: Record<string, unknown>; body: string };

/** An entry's front matter as data and its body as written, or undefined when it has none that parses. */
function readFrontMatter(text: string): FrontMatter | undefined {
  const split = splitFrontMatter(text);
  if (!split) return undefined;
  try {
    const data: unknown = parse(split.yaml);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? { data: data as Record<string, unknown>, body: split.body.replace(/^\n/, '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The date an editor gave an entry (by --date, a rule or an override), as its front matter records it. */
function editorDate(data: Record<string, unknown>): { published: string; provenance: Provenance } | undefined {
  const published = data['published'];
  const provenance = (data['provenance'] as { published?: { method?: unknown; evidence?: unknown } } | undefined)
    ?.published;
  if (typeof published !== 'string' || provenance?.method !== 'editor' || typeof provenance.evidence !== 'string') {
    return undefined;
  }
  return { published, provenance: { method: 'editor', evidence: provenance.evidence } };
}

/** The entry with a date, its provenance recorded next to the headline's, as the ingester orders them. */
function withDate(data: Article, published: string, provenance: Provenance): Article {
  const { headline, ...rest } = data.provenance;
  return { ...data, published, provenance: { headline, published: provenance, ...rest } };
}

/**
 * Writes a date into an undated entry of this source, keeping every other
 * field and the body as they are (the slug changes only if the dated URL is
 * taken), and reseals it: a later `--date` run (or a new rule or override)
 * dates what an earlier run kept undated, without --force. An entry edited
 * by hand is left alone, and the report says how to date it.
 */
function dateUndatedEntry(
  existing: ExistingEntry,
  front: FrontMatter,
  dated: Article,
  run: {
    withPart: { part?: string };
    notes: string[];
    archive: () => void;
    writes: (() => Promise<void>)[];
    context: IngestContext;
  },
): ArticleOutcome {
  const { withPart, notes } = run;
  const published = dated.published!;
  const provenance = dated.provenance.published!;
  const how = `"${published}" (${provenance.method}${provenance.evidence ? `: ${provenance.evidence}` : ''})`;
  if (!isUntouched(existing.readText())) {
    notes.unshift(
      `undated and edited by hand, so the date ${how} is not written into it; add published: "${published}" ` +
        `and provenance.published to its front matter by hand, or run with --force to rewrite it (losing the edit)`,
    );
    return { ...withPart, status: 'kept', entry: existing.file, notes };
  }
  const checked = checkArticle(withDate({ ...(front.data as Article), slug: dated.slug }, published, provenance));
  if ('problem' in checked) {
    notes.unshift(`undated, and the date ${how} cannot be written into it: ${checked.problem.reason}`);
    return { ...withPart, status: 'kept', entry: existing.file, notes };
  }
  const text = renderEntryWithBody(checked.data, front.body);
  notes.unshift(`dated ${how}`);
  run.archive();
  run.writes.push(() => writeFileAtomic(join(run.context.root, existing.file), text));
  run.context.entries.set(entryFromData(existing.file, text, checked.data));
  return { ...withPart, status: 'updated', entry: existing.file, notes };
}
