import { getCollection } from 'astro:content';
import {
  readCatalogueAndDigest,
  readCatalogueBodies,
  readCatalogueParagraphs,
  shelfOf,
  type CatalogueBody,
  type Shelf,
} from './catalogue.ts';
import { catalogueDir, resolveContentDir } from '../entry/content-location.ts';
import type { Paragraph } from '../markdown/rehype-body-facts.ts';
import { siteSections, type SiteSection } from '../lib/site-sections.ts';
import { toStories, type Story } from '../lib/story.ts';

/** A story's text as the content layer rendered it. */
export interface StoryBody {
  /** The sanitised body HTML (src/markdown/pipeline.ts). */
  readonly html: string;
  /** Set by the pipeline's reading-time plugin. */
  readonly readingMinutes: number;
  /** The text of the body's first top-level paragraph, when it has one; set by the pipeline's rehype-body-facts.ts. */
  readonly lead?: string;
}

function toBody(file: string, html: string, frontmatter: unknown): StoryBody {
  // The plugin front matter: what the pipeline's plugins add (remark-reading-time.ts, rehype-body-facts.ts).
  const { readingMinutes, lead } = (frontmatter ?? {}) as { readingMinutes?: unknown; lead?: unknown };
  if (typeof readingMinutes !== 'number') {
    throw new Error(
      `${file}: body: rendered without a reading time; build with "npm run build -- --force" to render it again`,
    );
  }
  return { html, readingMinutes, ...(typeof lead === 'string' ? { lead } : {}) };
}

async function loadStories() {
  // This build's own entries: every one, or one split-build job's years.
  const entries = await getCollection('articles');
  // The content layer logs a body that fails to render and carries on with
  // an empty page; an archive must not publish a story without its text.
  const unrendered = entries.filter((entry) => !entry.rendered);
  if (unrendered.length > 0) {
    const files = unrendered.map(
      (entry) =>
        `${entry.filePath ?? entry.id}: body: could not be rendered as Markdown. The reason is logged by the content loader when the file changes; "npm run build -- --force" logs it again`,
    );
    throw new Error(`Entries whose text could not be rendered:\n${files.join('\n')}`);
  }
  const bodies = new Map(
    entries.map((entry) => [
      entry.id,
      toBody(entry.filePath ?? entry.id, entry.rendered!.html, entry.rendered!.metadata?.frontmatter),
    ]),
  );
  // Every story of the archive, this build's own years as its loader just wrote them.
  const dir = catalogueDir(resolveContentDir());
  const { records, digest } = readCatalogueAndDigest(dir);
  return {
    stories: toStories(records),
    digest,
    bodies,
    dir,
    otherBodies: new Map<Shelf, Map<string, CatalogueBody>>(),
  };
}

let built: ReturnType<typeof loadStories> | undefined;

/** The collection and the catalogue, read once per build; afresh under the dev server, so edits show. */
function loaded(): ReturnType<typeof loadStories> {
  if (import.meta.env.DEV) return loadStories();
  built ??= loadStories();
  return built;
}

/** Every story in the archive, newest first. */
export async function getStories(): Promise<Story[]> {
  return (await loaded()).stories;
}

/**
 * Each story's text as paragraphs, by story id: what threads and quotes
 * read. Read from the catalogue on each call and not kept: the archive
 * index reads it once, and only when its links are not in the build cache.
 */
export function readStoryParagraphs(): ReadonlyMap<string, readonly Paragraph[]> {
  return readCatalogueParagraphs(catalogueDir(resolveContentDir()));
}

/** A digest of the catalogue the stories were read from: what the archive's links are keyed by (archive-index.ts). */
export async function getCatalogueDigest(): Promise<string> {
  return (await loaded()).digest;
}

/** The bodies of the stories this build holds (their pages are its to render), by story id. */
export async function getStoryBodies(): Promise<ReadonlyMap<string, StoryBody>> {
  return (await loaded()).bodies;
}

/**
 * Any story's body: this build's own, or, for a story of another job's
 * years, the one in the catalogue (read a year at a time, once a build).
 */
export async function getStoryBody(story: Story): Promise<StoryBody> {
  const { bodies, dir, otherBodies } = await loaded();
  const own = bodies.get(story.id);
  if (own) return own;
  const year = shelfOf(story);
  let ofYear = otherBodies.get(year);
  if (!ofYear) {
    ofYear = readCatalogueBodies(dir, year);
    otherBodies.set(year, ofYear);
  }
  const body = ofYear.get(story.id);
  if (!body) throw new Error(`${story.id}: body: not in the catalogue's ${year}.bodies.json (${dir})`);
  return toBody(story.id, body.html, body.frontmatter);
}

/**
 * The main navigation's sections for this archive (site-sections.ts): the
 * one archive-wide value the page chrome shows, so every page's cache key
 * carries it (cache-key.ts).
 */
export async function getSiteSections(): Promise<SiteSection[]> {
  return siteSections(await getStories());
}
