import { isDated, type DatedStory, type Story } from './story.ts';
import { labelsOf } from './taxonomy.ts';

/** How many related stories a story page shows. */
export const RELATED_LIMIT = 5;
/** Per shared label, only this many stories nearest in time are weighed, so the cost stays linear in the archive. */
const NEAREST_PER_LABEL = 30;
const PERSON_WEIGHT = 3;
const TOPIC_WEIGHT = 2;
/** A shared-label score halves for every this many days between the stories. */
const HALF_LIFE_DAYS = 90;

const DAY_MS = 86_400_000;

function dayNumber(story: DatedStory): number {
  const { year, month, day } = story.published;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * "More coverage": for each story, up to RELATED_LIMIT other stories that
 * share people or topics with it, the closest in time weighing most. People
 * weigh more than topics (a topic is broader). Stories sharing nothing are
 * never related. Keyed by story path. Deterministic: ties go to the nearer date, then the path.
 * An undated story has no place in time to weigh by: it has no related
 * stories and is no story's related story.
 */
export function relatedStories<S extends Story>(all: readonly S[], limit = RELATED_LIMIT): Map<string, S[]> {
  const stories = all.filter(isDated);
  const days = new Map<S, number>(stories.map((story) => [story, dayNumber(story)]));
  // Each label's stories in chronological order, for a nearest-in-time window.
  const byLabel = new Map<string, S[]>();
  for (const story of stories) {
    for (const [kind, prefix] of [
      ['people', 'p'],
      ['topics', 't'],
    ] as const) {
      for (const key of labelKeys(story, kind, prefix)) {
        const list = byLabel.get(key);
        if (list) list.push(story);
        else byLabel.set(key, [story]);
      }
    }
  }
  const positions = new Map<string, Map<S, number>>();
  for (const [key, list] of byLabel) {
    list.sort((a, b) => days.get(a)! - days.get(b)! || a.path.localeCompare(b.path));
    positions.set(key, new Map(list.map((story, index) => [story, index])));
  }

  const related = new Map<string, S[]>(all.filter((story) => !isDated(story)).map((story) => [story.path, []]));
  for (const story of stories) {
    const day = days.get(story)!;
    const scores = new Map<S, number>();
    for (const [kind, prefix, weight] of [
      ['people', 'p', PERSON_WEIGHT],
      ['topics', 't', TOPIC_WEIGHT],
    ] as const) {
      for (const key of labelKeys(story, kind, prefix)) {
        const list = byLabel.get(key)!;
        const index = positions.get(key)!.get(story)!;
        for (const other of nearestInTime(list, index, days, NEAREST_PER_LABEL)) {
          const nearness = 0.5 ** (Math.abs(days.get(other)! - day) / HALF_LIFE_DAYS);
          scores.set(other, (scores.get(other) ?? 0) + weight * (0.5 + 0.5 * nearness));
        }
      }
    }
    const ranked = [...scores].sort(
      ([a, x], [b, y]) =>
        y - x || Math.abs(days.get(a)! - day) - Math.abs(days.get(b)! - day) || a.path.localeCompare(b.path),
    );
    related.set(
      story.path,
      ranked.slice(0, limit).map(([other]) => other),
    );
  }
  return related;
}

function labelKeys(story: Story, kind: 'people' | 'topics', prefix: string): Set<string> {
  return new Set(labelsOf(story, kind).map((label) => `${prefix}:${label.toLocaleLowerCase('en')}`));
}

/** Up to `count` stories of `list` (chronological) nearest in time to the one at `index`, not counting it. */
function nearestInTime<S extends Story>(list: readonly S[], index: number, days: Map<S, number>, count: number): S[] {
  const story = list[index]!;
  const nearest: S[] = [];
  let before = index - 1;
  let after = index + 1;
  const day = days.get(story)!;
  while (nearest.length < count && (before >= 0 || after < list.length)) {
    const gapBefore = before >= 0 ? day - days.get(list[before]!)! : Infinity;
    const gapAfter = after < list.length ? days.get(list[after]!)! - day : Infinity;
    nearest.push(gapBefore <= gapAfter ? list[before--]! : list[after++]!);
  }
  return nearest;
}

/**
 * The stories just before and after each one in time, keyed by path, given
 * the archive newest first. Undated stories have no place in time: they
 * have no neighbours and are no story's neighbour.
 */
export function adjacentStories<S extends Story>(all: readonly S[]): Map<string, { earlier?: S; later?: S }> {
  const stories = all.filter(isDated);
  return new Map(
    stories.map((story, index) => {
      const earlier = stories[index + 1];
      const later = stories[index - 1];
      return [story.path, { ...(earlier ? { earlier } : {}), ...(later ? { later } : {}) }];
    }),
  );
}
