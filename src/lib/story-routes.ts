import { getArchive, type Archive } from '../content-loader/archive-index.ts';
import { pathsOfThisPart } from '../build/build-part.ts';
import { withCacheKeys } from './cache-key.ts';
import type { Precision } from '../entry/published-date.ts';
import { storyPageProps } from './story-page.ts';
import { storyPathParams } from '../entry/story-path.ts';
import { isDated } from './story.ts';

/** The shape of a dated story's URL (story-path.ts): down to its year, its month or its day. */
type StoryRoute = 'year' | 'month' | 'day';

const ROUTE_OF: Readonly<Record<Precision, StoryRoute>> = { year: 'year', month: 'month', day: 'day', instant: 'day' };

/**
 * The pages of one story route under src/pages/[year]/: the dated stories
 * whose URL has that shape, as far as this build's part renders them
 * (build-part.ts), each with its page's props.
 */
function storyPages(archive: Archive, route: StoryRoute) {
  const ours = pathsOfThisPart(
    archive.stories
      .filter(isDated)
      .filter((story) => ROUTE_OF[story.published.precision] === route)
      .map((story) => ({ params: storyPathParams(story.period, story.data.slug), story })),
    archive.searchShards,
  );
  return ours.map(({ params, story }) => ({ params, props: storyPageProps(archive, story) }));
}

/** getStaticPaths of /YYYY/<slug>/: the stories known only to their year. */
export async function yearStoryPaths() {
  return withCacheKeys(storyPages(await getArchive(), 'year'));
}

/** getStaticPaths of /YYYY/MM/<slug>/: the stories known only to their month. */
export async function monthStoryPaths() {
  return withCacheKeys(storyPages(await getArchive(), 'month'));
}

/** getStaticPaths of /YYYY/MM/DD/<slug>/: the stories dated to the day or the instant. */
export async function dayStoryPaths() {
  return withCacheKeys(storyPages(await getArchive(), 'day'));
}
