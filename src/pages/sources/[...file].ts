import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolveContentDir } from '../../entry/content-location.ts';
import { getArchive } from '../../content-loader/archive-index.ts';
import { pathsOfThisPart } from '../../build/build-part.ts';
import { withCacheKeys } from '../../lib/cache-key.ts';
import { rawSourcePath } from '../../lib/raw-source.ts';

/** The raw source named by an entry's source.path, as received. */
function readSource(sourcePath: string): Buffer {
  const sources = resolve(resolveContentDir(), 'sources');
  const file = resolve(resolveContentDir(), sourcePath.replace(/^content\//, ''));
  // The schema already refuses such a path (entry/source-name.ts); never read outside content/sources/ regardless.
  if (!file.startsWith(sources + sep)) {
    throw new Error(`${sourcePath}: source.path: leads outside content/sources/; it is not read`);
  }
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
 * is read again to publish it, and must still have that hash.
 */
export const getStaticPaths = (async () => {
  const { stories, searchShards } = await getArchive();
  const sources = [...new Set(stories.map((story) => story.data.source.path))];
  const ours = pathsOfThisPart(
    sources.map((sourcePath) => ({
      params: { file: rawSourcePath(sourcePath).replace(/^\/sources\//, '') },
      sourcePath,
    })),
    searchShards,
  );
  return withCacheKeys(
    ours.map(({ params, sourcePath }) => ({ params, props: { sourcePath, sha256: sha256(readSource(sourcePath)) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sourcePath: string; sha256: string }> = ({ props }) => {
  const bytes = readSource(props.sourcePath);
  if (sha256(bytes) !== props.sha256) {
    throw new Error(`${props.sourcePath}: the raw source changed while the site was being built; build again`);
  }
  return new Response(new Uint8Array(bytes));
};
