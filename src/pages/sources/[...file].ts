import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolveContentDir } from '../../entry/content-location.ts';
import { getArchive } from '../../content-loader/archive-index.ts';
import { shelfOf } from '../../content-loader/catalogue.ts';
import { pagesOfThisPart } from '../../build/build-part.ts';
import { rawSourcePath } from '../../lib/raw-source.ts';

/** The file of the raw source named by an entry's source.path. */
function sourceFile(sourcePath: string): string {
  const sources = resolve(resolveContentDir(), 'sources');
  const file = resolve(resolveContentDir(), sourcePath.replace(/^content\//, ''));
  // The schema already refuses such a path (entry/source-name.ts); never read outside content/sources/ regardless.
  if (!file.startsWith(sources + sep)) {
    throw new Error(`${sourcePath}: source.path: leads outside content/sources/; it is not read`);
  }
  return file;
}

/** The raw source named by an entry's source.path, as received. */
function readSource(sourcePath: string): Buffer {
  const file = sourceFile(sourcePath);
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new Error(`${sourcePath}: the raw source named by an entry's source.path is missing`, { cause });
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Each story's raw source file, published byte for byte as received, at the
 * address rawSourcePath gives (always a .txt name, so no host serves a saved
 * web page as a page of this site). The file's SHA-256 is in the props, so
 * the cache key (src/lib/cache-key.ts) changes when the bytes do; the file
 * is read again to publish it, and must still have that hash. A source is
 * published by the part of its story's year (of the first story listed, when
 * one source gave several), known to the other parts by its size and time.
 */
export const getStaticPaths = (async () => {
  const { stories, searchShards } = await getArchive();
  const shelves = new Map<string, ReturnType<typeof shelfOf>>();
  for (const story of stories)
    if (!shelves.has(story.data.source.path)) shelves.set(story.data.source.path, shelfOf(story));
  return pagesOfThisPart({
    route: 'source',
    paths: [...shelves].map(([sourcePath, shelf]) => ({
      params: { file: rawSourcePath(sourcePath).replace(/^\/sources\//, '') },
      shelf,
      sourcePath,
    })),
    plan: searchShards,
    propsOf: ({ sourcePath }) => ({ sourcePath, sha256: sha256(readSource(sourcePath)) }),
    standInOf: ({ sourcePath }) => {
      const { size, mtimeMs } = statSync(sourceFile(sourcePath));
      return { sourcePath, size, mtimeMs };
    },
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sourcePath: string; sha256: string }> = ({ props }) => {
  const bytes = readSource(props.sourcePath);
  if (sha256(bytes) !== props.sha256) {
    throw new Error(`${props.sourcePath}: the raw source changed while the site was being built; build again`);
  }
  return new Response(new Uint8Array(bytes));
};
