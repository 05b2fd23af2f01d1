import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '../../../lib/feeds/site-feeds.ts';

/** JSON Feed 1.1 of each topic's newest stories, at /topics/<slug>/feed.json. */
export const getStaticPaths = () => topicFeedPaths('json');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  topicFeedResponse(props, 'json');
