import { getCollection } from 'astro:content';
import { toStories, type Story } from './story.ts';

/** A story's text as the content layer rendered it. */
export interface StoryBody {
  /** The sanitised body HTML (src/markdown/pipeline.ts). */
  readonly html: string;
  /** Set by the pipeline's reading-time plugin. */
  readonly readingMinutes: number;
}

type Entry = Awaited<ReturnType<typeof getCollection<'articles'>>>[number];

function bodyOf(entry: Entry): StoryBody {
  // The plugin front matter: what the pipeline's plugins add (remark-reading-time.ts).
  const { readingMinutes } = (entry.rendered?.metadata?.frontmatter ?? {}) as { readingMinutes?: unknown };
  if (entry.rendered === undefined || typeof readingMinutes !== 'number') {
    throw new Error(
      `${entry.filePath ?? entry.id}: body: rendered without a reading time; build with "npm run build -- --force" to render it again`,
    );
  }
  return { html: entry.rendered.html, readingMinutes };
}

async function loadStories() {
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
  const bodies = new Map(entries.map((entry) => [entry.id, bodyOf(entry)]));
  return { stories: toStories(entries), bodies };
}

let built: ReturnType<typeof loadStories> | undefined;

/** The collection, read once per build; afresh under the dev server, so edits show. */
function loaded(): ReturnType<typeof loadStories> {
  if (import.meta.env.DEV) return loadStories();
  built ??= loadStories();
  return built;
}

/** Every story in the archive, newest first. */
export async function getStories(): Promise<Story[]> {
  return (await loaded()).stories;
}

/** Each story's body, by story id. */
export async function getStoryBodies(): Promise<ReadonlyMap<string, StoryBody>> {
  return (await loaded()).bodies;
}
