import { getArchive, type Archive } from '../content-loader/archive-index.ts';
import { pagesOfThisPart } from '../build/build-part.ts';
import type { Precision } from '../entry/published-date.ts';
import { storyPageProps, storyPageStandIn } from './story-page.ts';
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
  return pagesOfThisPart({
    route: `story-${route}`,
    paths: archive.stories
      .filter(isDated)
      .filter((story) => ROUTE_OF[story.published.precision] === route)
      .map((story) => ({ params: storyPathParams(story.period, story.data.slug), story })),
    plan: archive.searchShards,
    propsOf: ({ story }) => storyPageProps(archive, story),
    standInOf: ({ story }) => storyPageStandIn(archive, story),
  });
}

/** getStaticPaths of /YYYY/<slug>/: the stories known only to their year. */
export async function yearStoryPaths() {
  return storyPages(await getArchive(), 'year');
}

/** getStaticPaths of /YYYY/MM/<slug>/: the stories known only to their month. */
export async function monthStoryPaths() {
  return storyPages(await getArchive(), 'month');
}

/** getStaticPaths of /YYYY/MM/DD/<slug>/: the stories dated to the day or the instant. */
export async function dayStoryPaths() {
  return storyPages(await getArchive(), 'day');
}
