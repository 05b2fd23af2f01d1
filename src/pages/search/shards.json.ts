import type { APIRoute } from 'astro';
import { getArchive } from '../../content-loader/archive-index.ts';

/**
 * The search index's shards, newest first: the plan the indexer follows
 * (src/integrations/pagefind.ts) and the search page reads, both drawn from
 * the same archive in the same build.
 */
export const GET: APIRoute = async () => Response.json((await getArchive()).searchShards);
