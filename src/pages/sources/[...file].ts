import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolveContentDir } from '../../content-location.ts';
import { getStories } from '../../lib/stories.ts';
import { rawSourcePath } from '../../lib/raw-source.ts';

/**
 * Each story's raw source file, published byte for byte as received, at the
 * address rawSourcePath gives (always a .txt name, so no host serves a saved
 * web page as a page of this site).
 */
export const getStaticPaths = (async () => {
  const stories = await getStories();
  const sources = new Set(stories.map((story) => story.entry.data.source.path));
  return [...sources].map((sourcePath) => ({
    params: { file: rawSourcePath(sourcePath).replace(/^\/sources\//, '') },
    props: { sourcePath },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sourcePath: string }> = async ({ props }) => {
  const file = join(resolveContentDir(), props.sourcePath.replace(/^content\//, ''));
  try {
    return new Response(await readFile(file));
  } catch (cause) {
    throw new Error(`${props.sourcePath}: the raw source named by an entry's source.path is missing`, { cause });
  }
};
