import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { YearRange } from '../lib/search-shards.ts';
import { toStory, type Story } from '../lib/story.ts';
import type { Article } from '../entry/article.ts';
import type { Paragraph } from '../markdown/rehype-body-facts.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/**
 * The catalogue: every story of the archive as the archive index needs it,
 * in one file per year (`<year>.json`), with each story's text as
 * paragraphs in another (`<year>.paragraphs.json`), read only when the
 * archive's links are worked out, and its rendered body in a third
 * (`<year>.bodies.json`), read only by the pages that show bodies of any
 * year (the feeds). Undated stories are in `undated.json` and
 * `undated.*.json`; every part of a split build holds them all. A build writes the years it holds when its
 * content loads (articles-loader.ts); a job of a split build reads the
 * other jobs' years from the files their `astro sync` wrote, so that every
 * job computes the same archive index while holding only its own entries.
 */

/** What the archive index knows of a story: its entry's id, file and data. */
export interface CatalogueRecord {
  readonly id: string;
  readonly filePath?: string;
  readonly data: Article;
}

/** A story's text as rendered: the HTML and what the pipeline's plugins worked out. */
export interface CatalogueBody {
  readonly html: string;
  /**
   * The plugin front matter (remark-reading-time.ts sets `readingMinutes`,
   * rehype-body-facts.ts `lead`) as Astro's store has it: without the
   * paragraphs, which the shelf's paragraphs file holds.
   */
  readonly frontmatter: Record<string, unknown>;
}

/**
 * The entries of Astro's data store, as the loader has them, with the
 * paragraphs the pipeline recorded when it rendered each body
 * (rehype-body-facts.ts), which the loader keeps out of the store
 * (articles-loader.ts).
 */
interface StoredEntry {
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly filePath?: string | undefined;
  readonly digest?: number | string | undefined;
  readonly rendered?: { readonly html: string; readonly metadata?: { readonly frontmatter?: object } } | undefined;
  readonly paragraphs?: readonly Paragraph[] | undefined;
}

/** Which file of the catalogue a story is in: its year's, or the undated stories'. */
export type Shelf = number | 'undated';

/** The shelf of a story: the year of its period (as its URL has it), or the undated stories'. */
export function shelfOf(story: Pick<Story, 'period'>): Shelf {
  return story.period?.year ?? 'undated';
}

/**
 * A shelf's file of the catalogue: `<year>.json` or `undated.json` (its
 * records), `….paragraphs.json` (its stories' text), `….bodies.json` (its
 * bodies) or `….digests.json` (the digest of each entry file its paragraphs
 * were recorded from, by story id, which the loader reads: kept apart so
 * that the records change only with what the archive index reads).
 */
const CATALOGUE_FILE = /^(\d{4}|undated)\.(?:(paragraphs|bodies|digests)\.)?json$/;

type CatalogueFileKind = 'records' | 'paragraphs' | 'bodies' | 'digests';

function catalogueFile(name: string): { shelf: Shelf; kind: CatalogueFileKind } | undefined {
  const match = CATALOGUE_FILE.exec(name);
  if (!match) return undefined;
  const kind = (match[2] ?? 'records') as CatalogueFileKind;
  return { shelf: match[1] === 'undated' ? 'undated' : Number(match[1]), kind };
}

/** The catalogue's files of one kind, in order of name. */
function catalogueFiles(dir: string, kind: CatalogueFileKind): { file: string; shelf: Shelf }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const found = catalogueFile(file);
      return found?.kind === kind ? [{ file, shelf: found.shelf }] : [];
    });
}

/**
 * Writes the catalogue of the years a build holds (`years`; absent: all of
 * them) from its entries, replacing those years' files and removing the
 * files of its years that no longer have a story. An entry that was not
 * rendered is catalogued without paragraphs or body: the build refuses it
 * anyway (src/content-loader/stories.ts).
 */
export async function writeCatalogue(dir: string, entries: Iterable<StoredEntry>, years?: YearRange): Promise<void> {
  const byYear = new Map<
    Shelf,
    {
      records: CatalogueRecord[];
      paragraphs: Record<string, readonly Paragraph[]>;
      bodies: Record<string, CatalogueBody>;
      digests: Record<string, string>;
    }
  >();
  for (const entry of entries) {
    const data = entry.data as unknown as Article;
    const year = shelfOf(toStory({ id: entry.id, data }));
    const catalogued = byYear.get(year) ?? { records: [], paragraphs: {}, bodies: {}, digests: {} };
    byYear.set(year, catalogued);
    const html = entry.rendered?.html;
    if (html !== undefined && entry.paragraphs === undefined) {
      throw new Error(
        `${entry.filePath ?? entry.id}: body: rendered without its paragraphs (the Markdown pipeline's last rehype plugin, rehype-body-facts.ts, records them)`,
      );
    }
    catalogued.records.push({ id: entry.id, ...(entry.filePath ? { filePath: entry.filePath } : {}), data });
    catalogued.paragraphs[entry.id] = entry.paragraphs ?? [];
    if (html !== undefined) {
      catalogued.bodies[entry.id] = { html, frontmatter: { ...entry.rendered?.metadata?.frontmatter } };
      if (entry.digest !== undefined) catalogued.digests[entry.id] = String(entry.digest);
    }
  }
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    const year = catalogueFile(file)?.shelf;
    if (year === undefined || byYear.has(year)) continue;
    // Every build holds every undated story: none of them means there are none.
    if (years === undefined || year === 'undated' || (years.firstYear <= year && year <= years.lastYear))
      rmSync(join(dir, file), { force: true });
  }
  // In order of id, not of the entries as the loader read them (in any order): the same entries, the same files.
  const byId = <Value>(values: Record<string, Value>) =>
    Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  for (const [year, { records, paragraphs, bodies, digests }] of byYear) {
    records.sort((a, b) => a.id.localeCompare(b.id));
    await writeFileAtomic(join(dir, `${year}.json`), JSON.stringify(records));
    await writeFileAtomic(join(dir, `${year}.paragraphs.json`), JSON.stringify(byId(paragraphs)));
    await writeFileAtomic(join(dir, `${year}.bodies.json`), JSON.stringify(byId(bodies)));
    await writeFileAtomic(join(dir, `${year}.digests.json`), JSON.stringify(byId(digests)));
  }
}

/**
 * Every story in the catalogue, year by year, and a digest of the files
 * the archive's links are worked out from (the records and the
 * paragraphs): the key of what is worked out from them
 * (src/lib/archive-links.ts). SHA-1 because it is several times faster
 * than SHA-256 over the whole catalogue, which every build reads, and the
 * key only tells our own files apart; it guards no secret and no file from
 * anyone.
 */
export function readCatalogueAndDigest(dir: string): { records: CatalogueRecord[]; digest: string } {
  const hash = createHash('sha1');
  const digestFile = (file: string) => {
    const bytes = readFileSync(join(dir, file));
    hash.update(`${file}:${bytes.length}:`).update(bytes);
    return bytes;
  };
  const records = catalogueFiles(dir, 'records').flatMap(
    ({ file }) => JSON.parse(digestFile(file).toString('utf8')) as CatalogueRecord[],
  );
  for (const { file } of catalogueFiles(dir, 'paragraphs')) digestFile(file);
  return { records, digest: hash.digest('hex') };
}

/** One shelf's paragraphs file: each story's text, by story id. */
function readShelfParagraphs(dir: string, file: string): Record<string, readonly Paragraph[]> {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, readonly Paragraph[]>;
}

/** Every story's text in the catalogue as paragraphs, by story id. */
export function readCatalogueParagraphs(dir: string): Map<string, readonly Paragraph[]> {
  const paragraphs = new Map<string, readonly Paragraph[]>();
  for (const { file } of catalogueFiles(dir, 'paragraphs')) {
    for (const [id, text] of Object.entries(readShelfParagraphs(dir, file))) paragraphs.set(id, text);
  }
  return paragraphs;
}

/** A body's paragraphs as the pipeline recorded them, and the digest of the entry file it rendered. */
export interface RecordedParagraphs {
  readonly digest: string;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * The paragraphs the catalogue holds of the stories on the shelves `holds`
 * keeps (a build's years and the undated stories), with the digest of the
 * file each was recorded from, by story id: what the loader takes back for
 * an entry it does not render again.
 */
export function readRecordedParagraphs(dir: string, holds: (shelf: Shelf) => boolean): Map<string, RecordedParagraphs> {
  const recorded = new Map<string, RecordedParagraphs>();
  for (const { file, shelf } of catalogueFiles(dir, 'paragraphs')) {
    const digestsFile = join(dir, `${shelf}.digests.json`);
    if (!holds(shelf) || !existsSync(digestsFile)) continue;
    const digests = JSON.parse(readFileSync(digestsFile, 'utf8')) as Record<string, string>;
    for (const [id, paragraphs] of Object.entries(readShelfParagraphs(dir, file))) {
      const digest = digests[id];
      if (digest !== undefined) recorded.set(id, { digest, paragraphs });
    }
  }
  return recorded;
}

/** Every story in the catalogue, year by year. */
export function readCatalogue(dir: string): CatalogueRecord[] {
  return readCatalogueAndDigest(dir).records;
}

/** The bodies of a year's stories (or the undated ones'), by story id. */
export function readCatalogueBodies(dir: string, year: Shelf): Map<string, CatalogueBody> {
  const file = join(dir, `${year}.bodies.json`);
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, CatalogueBody>));
}
