import type { APIRoute } from 'astro';
import { archiveFeedResponse } from '../lib/feeds/site-feeds.ts';

/** RSS 2.0 feed of the newest stories in the archive. */
export const GET: APIRoute = () => archiveFeedResponse('rss');
