import type { APIRoute } from 'astro';
import { archiveFeedResponse } from '../lib/feeds/site-feeds.ts';

/** JSON Feed 1.1 of the newest stories in the archive. */
export const GET: APIRoute = () => archiveFeedResponse('json');
