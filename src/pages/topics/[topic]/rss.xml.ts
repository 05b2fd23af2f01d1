import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '../../../lib/feeds/site-feeds.ts';

/** RSS 2.0 feed of each topic's newest stories, at /topics/<slug>/rss.xml. */
export const getStaticPaths = () => topicFeedPaths('rss');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  topicFeedResponse(props, 'rss');
