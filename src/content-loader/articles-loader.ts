import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { archive } from '../entry/config.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { calendarDate, parsePublished } from '../entry/published-date.ts';
import type { YearRange } from '../lib/search-shards.ts';
import { articleSchema } from '../entry/article.ts';
import { refuseYamlBomb } from '../entry/parse-yaml.ts';
import { formatIssues } from '../entry/format-issues.ts';
import { readThroughStatCache } from '../build/stat-cache.ts';
import { readRecordedParagraphs, writeCatalogue, type RecordedParagraphs } from './catalogue.ts';
import { entryFiles } from '../files/list-files.ts';

/** An entry's rendering, as Astro's `renderMarkdown` gives it and its store keeps it. */
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** Entries read and rendered at once, as Astro's glob() loader does. */
const AT_ONCE = 10;

/**
 * The year of the story an entry's front matter gives (its calendar day in
 * the archive's time zone, as its URL has it), or undefined when it has no
 * date (an undated story, which every build holds) or its date does not
 * parse (the schema then says why).
 */
function yearOf(frontmatter: Record<string, unknown>): number | undefined {
  const published = frontmatter['published'];
  const parsed = typeof published === 'string' ? parsePublished(published) : undefined;
  return parsed?.ok ? calendarDate(parsed.date, archive.timeZone).year : undefined;
}

/** An entry file as the build names it to its editor: `content/articles/<file>`, as reconciliation does. */
const entryName = (file: string) => `content/articles/${file}`;

/**
 * What to throw when Astro rejects an entry's front matter: one line per
 * problem, `content/articles/<file>: <field>: <reason>` (formatIssues), in
 * place of Astro's own error, which names the entry by its id and comes with
 * its stack trace; any other problem as it is.
 */
async function entryProblem(file: string, frontmatter: Record<string, unknown>, problem: unknown): Promise<unknown> {
  const checked = await articleSchema.safeParseAsync(frontmatter);
  if (checked.success) return problem;
  const error = new Error(formatIssues(entryName(file), checked.error));
  // No frames (unless asked for, as src/build/report.ts does): Astro
  // would show the loader's line as the problem's location.
  const traces = process.argv.includes('--verbose') || !['', '0', undefined].includes(process.env.DEBUG);
  if (!traces) error.stack = error.message;
  return error;
}

export interface ArticlesLoaderOptions {
  /** The entries' folder: `<content>/articles`. */
  readonly base: string;
  /** Where the catalogue of every story is kept (catalogue.ts). */
  readonly catalogueDir: string;
  /** The years this build holds (one job of a split build, build/build-part.ts); absent: every year. */
  readonly years?: YearRange;
  /** With `years`: where each entry's year is kept between builds, by its file's stat (stat-cache.ts). */
  readonly yearsCacheFile?: string;
}

/**
 * The articles collection: every entry under `base` (the file name is the
 * id; an id made from a `slug` would let two stories with one slug on
 * different days overwrite each other), or, for one job of a split build,
 * only the entries whose story is in its years. Astro's glob() loader does
 * the same for every entry, but it renders a file before it can be left
 * out, so a job would render every other job's entries on every build.
 * Like glob(), an entry is parsed and rendered again only when its file
 * changed (its digest), with the project's Markdown processor
 * (`renderMarkdown`); unlike glob() it keeps no Markdown source (pages use
 * the rendered HTML: the source was a large share of Astro's content store,
 * which Astro reads as one string, capped by V8's string length). For the same
 * reason the paragraphs the pipeline records of a body (rehype-body-facts.ts),
 * the story's text a second time over, are not stored with its rendering but
 * kept in the catalogue, which the loader writes of the years it holds after
 * each load.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  const { base, years, catalogueDir, yearsCacheFile } = options;
  const holds = (year: number | undefined) =>
    years === undefined || year === undefined || (years.firstYear <= year && year <= years.lastYear);
  /**
   * The paragraphs of each held entry's body as the pipeline recorded them,
   * with the digest of the file rendered, by id: from this process's renders,
   * and, for the entries it does not render again, from the catalogue the
   * last load wrote (read once a process). An entry whose paragraphs are not
   * known for its file as it is now is rendered again.
   */
  let recorded: Map<string, RecordedParagraphs> | undefined;
  const recordedParagraphs = () =>
    (recorded ??= readRecordedParagraphs(catalogueDir, (shelf) => holds(shelf === 'undated' ? undefined : shelf)));

  /** The rendering as Astro stores it: its paragraphs taken out of the plugin front matter into `recorded`. */
  function keepParagraphs(id: string, digest: string, rendered: RenderedContent): RenderedContent {
    const { paragraphs, ...frontmatter } = (rendered.metadata?.frontmatter ?? {}) as Record<string, unknown>;
    if (Array.isArray(paragraphs)) recordedParagraphs().set(id, { digest, paragraphs });
    else recordedParagraphs().delete(id);
    return { ...rendered, metadata: { ...rendered.metadata, frontmatter } };
  }

  /** The entry's front matter; a problem with it names the file. */
  function frontmatterOf(file: string, contents: string): Record<string, unknown> {
    try {
      // Astro's parser has no limit on aliases: a YAML bomb would expand until memory runs out.
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(contents)?.[1];
      if (yaml !== undefined) refuseYamlBomb(yaml);
      return parseFrontmatter(contents).frontmatter;
    } catch (problem) {
      throw new Error(`${entryName(file)}: front matter: ${problem instanceof Error ? problem.message : problem}`);
    }
  }

  /**
   * The files whose entry this build may hold: all of them, or, for one job,
   * those of its years. A job leaves most of the archive out, and learning
   * a file's year means reading and parsing it, in every job's content sync,
   * for every entry it then leaves out; so each file's year is kept by its stat.
   */
  async function filesToSync(files: string[]): Promise<string[]> {
    if (years === undefined || yearsCacheFile === undefined) return files;
    const yearOfFile = async (file: string) => yearOf(frontmatterOf(file, await readFile(join(base, file), 'utf8')));
    // A year is the story's calendar day's in the archive's time zone: another zone, another cache.
    const kind = `entry-year-1 ${archive.timeZone}`;
    const fileYears = await readThroughStatCache(yearsCacheFile, kind, base, files, yearOfFile);
    return files.filter((_, i) => holds(fileYears[i]));
  }

  /** Brings one file's entry up to date; returns its id when this build holds it. */
  async function syncFile(context: LoaderContext, file: string): Promise<string | undefined> {
    const { store, config, parseData, renderMarkdown, generateDigest, logger } = context;
    const fileUrl = pathToFileURL(join(base, file));
    const contents = await readFile(fileUrl, 'utf8');
    const id = file.replace(/\.md$/, '');
    const digest = generateDigest(contents);
    // An entry kept last time and unchanged since is still this build's: its year is in its file.
    const kept = store.get(id);
    if (kept?.digest === digest && (!kept.rendered || recordedParagraphs().get(id)?.digest === digest)) return id;
    const frontmatter = frontmatterOf(file, contents);
    if (!holds(yearOf(frontmatter))) return undefined;
    const filePath = fileURLToPath(fileUrl);
    let data;
    try {
      data = await parseData({ id, data: frontmatter, filePath });
    } catch (problem) {
      throw await entryProblem(file, frontmatter, problem);
    }
    let rendered;
    try {
      rendered = keepParagraphs(id, digest, await renderMarkdown(contents, { fileURL: fileUrl }));
    } catch (problem) {
      recordedParagraphs().delete(id);
      // As glob() does: logged, and the entry kept without its text, which
      // src/content-loader/stories.ts refuses to publish, naming the file.
      // A Markdown problem (a VFileMessage) says its reason without the file it is in.
      const reason = (problem as { reason?: unknown }).reason ?? (problem instanceof Error ? problem.message : problem);
      logger.error(`${entryName(file)}: body: ${String(reason)}`);
    }
    store.set({
      id,
      data,
      filePath: relative(fileURLToPath(config.root), filePath).split(sep).join('/'),
      digest,
      ...(rendered ? { rendered } : {}),
    });
    return id;
  }

  async function loadAll(context: LoaderContext): Promise<void> {
    const held = new Set<string>();
    await eachAtOnce(await filesToSync(await entryFiles(base)), AT_ONCE, async (file) => {
      const id = await syncFile(context, file);
      if (id !== undefined) held.add(id);
    });
    for (const id of context.store.keys()) if (!held.has(id)) context.store.delete(id);
    const paragraphs = recordedParagraphs();
    for (const id of paragraphs.keys()) if (!held.has(id)) paragraphs.delete(id);
    await writeCatalogue(
      catalogueDir,
      [...context.store.values()].map((entry) => ({ ...entry, paragraphs: paragraphs.get(entry.id)?.paragraphs })),
      years,
    );
  }

  let watching = false;
  return {
    name: 'news-archive:articles',
    load: async (context) => {
      await loadAll(context);
      // The dev server: any change under `base` loads the collection again
      // (an unchanged entry costs a read and a digest).
      if (context.watcher && !watching) {
        watching = true;
        context.watcher.add(base);
        context.watcher.on('all', (_event, path) => {
          if (path.startsWith(base) && path.endsWith('.md')) {
            loadAll(context).catch((problem: unknown) => context.logger.error(String(problem)));
          }
        });
      }
    },
  };
}
