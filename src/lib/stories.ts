import { getCollection } from 'astro:content';
import { toStories } from './story.ts';

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
  return toStories(entries);
}

let built: ReturnType<typeof loadStories> | undefined;

/**
 * Every story in the archive, newest first. A build reads the collection
 * once for all its pages; the dev server reads it afresh so edits show.
 */
export function getStories(): ReturnType<typeof loadStories> {
  if (import.meta.env.DEV) return loadStories();
  built ??= loadStories();
  return built;
}
