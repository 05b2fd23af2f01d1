/**
 * A made-up archive for the browse tests, richer than the five bundled
 * stories: enough stories to paginate every kind of list, three
 * publications, topics and people (one label in a non-Latin script, one
 * differing only in case), dates over three years including year-only and
 * month-only ones, two stories on one day, and a year with more stories than
 * a page holds.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { archive } from '../../src/entry/config.ts';
import type { Article } from '../../src/entry/article.ts';

export const FIXTURE_PUBLICATIONS = ['The Daily Ledger', 'Harbor Times', 'Valley Courier'] as const;
export const FIXTURE_TOPICS = ['Elections', 'Flooding', 'Schools', 'Économie'] as const;
export const FIXTURE_PEOPLE = ['Maria Lopez', 'Tom Becker', 'Aiko Tanaka', 'Sam Okafor'] as const;

/** More than two pages of the home list, and more than one page for the commonest topic. */
export const FIXTURE_STORY_COUNT = archive.pageSize * 2 + 5;

export interface FixtureStory {
  readonly file: string;
  readonly data: Article;
  readonly body: string;
}

function publishedFor(index: number): string {
  if (index === 7) return '2019'; // known only to the year
  if (index === 8) return '2020-02'; // known only to the month
  if (index === 9 || index === 10) return '2021-03-14'; // two stories, one day
  if (index === 11) return '2021-03-15T01:30:00Z'; // the 14th in New York
  // Half the stories fall in 2020, so that year's list runs to a second page.
  const year = index % 5 === 0 ? 2019 : index % 5 === 1 ? 2021 : 2020;
  const month = 1 + ((index * 5) % 12);
  const day = 1 + ((index * 7) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Sentences a few stories add, for phrase search: the same words in a
 * different order, so that "the river rose" quoted finds one story and
 * unquoted finds three.
 */
export const FIXTURE_PHRASES: Readonly<Record<number, string>> = {
  20: 'Residents said the river rose overnight.',
  21: 'Overnight the rose garden by the river was closed.',
  22: 'The river, which rose in spring, is calm.',
};
export function fixtureStories(count: number = FIXTURE_STORY_COUNT): FixtureStory[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(3, '0');
    const publication = index % 5 === 4 ? undefined : FIXTURE_PUBLICATIONS[index % 3]!;
    // Nearly every story is about elections, so that topic's list runs to more than one page.
    const topics = [
      ...(index % 10 === 3 ? [] : ['Elections']),
      ...(index % 2 === 0 ? [FIXTURE_TOPICS[1 + (index % 3)]!] : []),
      ...(index === 5 ? ['elections night'] : []),
      // The same topic in another case: one term, spelt as most stories spell it.
      ...(index === 13 ? ['elections'] : []),
    ];
    const people = index % 6 === 5 ? [] : [FIXTURE_PEOPLE[index % 4]!, ...(index % 4 === 0 ? ['Tom Becker'] : [])];
    const headline = `Story ${n}: ${topics[0] ?? 'Council'} report from ${publication ?? 'an unnamed paper'}`;
    const data: Article = {
      headline,
      published: publishedFor(index),
      ...(index % 3 === 0 ? { authors: ['Jane Reporter'] } : {}),
      ...(publication ? { publication } : {}),
      slug: `story-${n}`,
      ...(topics.length > 0 ? { topics } : {}),
      ...(people.length > 0 ? { people: [...new Set(people)] } : {}),
      source: { path: `content/sources/story-${n}.txt`, sha256: 'a'.repeat(64) },
      provenance: {
        headline: { method: 'source' },
        published: { method: 'source' },
        ...(index % 3 === 0 ? { authors: { method: 'source' as const } } : {}),
        ...(publication ? { publication: { method: 'source' as const } } : {}),
        ...(topics.length > 0 ? { topics: { method: 'editor' as const, evidence: 'fixture' } } : {}),
        ...(people.length > 0 ? { people: { method: 'inferred' as const, evidence: 'fixture' } } : {}),
      },
    };
    const body = `Fixture story ${n} reports on ${topics.join(' and ') || 'the council'}.\n\nA second paragraph of story ${n}, quoting ${people[0] ?? 'nobody'}.\n${FIXTURE_PHRASES[index] ? `\n${FIXTURE_PHRASES[index]}\n` : ''}`;
    return { file: `story-${n}.md`, data, body };
  });
}

/** Writes the fixture archive (articles/ and sources/) to a new temporary folder; returns it. */
export function writeFixtureArchive(stories: readonly FixtureStory[] = fixtureStories()): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-archive-fixture-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'sources'));
  for (const story of stories) {
    writeFileSync(
      join(dir, 'articles', story.file),
      `---\n${stringify(story.data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${story.body}`,
    );
    writeFileSync(join(dir, 'sources', story.file.replace(/\.md$/, '.txt')), `${story.data.headline}\n\n${story.body}`);
  }
  return dir;
}

/**
 * Two undated stories (no `published`, no provenance.published: their
 * sources give no date), each with a word no other story has, sharing a
 * topic and a person with the dated ones. "Almanac…" comes before
 * "Zeppelin…" by headline, the order of the /undated/ list.
 */
export const UNDATED_FIXTURE_STORIES: readonly FixtureStory[] = [
  {
    file: 'zeppelin-sighting.md',
    data: {
      headline: 'Zeppelin sighted over the old quarry',
      slug: 'zeppelin-sighting',
      topics: ['Flooding'],
      people: ['Maria Lopez'],
      source: { path: 'content/sources/zeppelin-sighting.txt', sha256: 'b'.repeat(64) },
      provenance: {
        headline: { method: 'source' },
        topics: { method: 'editor', evidence: 'fixture' },
        people: { method: 'inferred', evidence: 'fixture' },
      },
    },
    body: 'Residents saw a quillwort-green zeppelin drift over the quarry, Maria Lopez said.\n\nNobody recorded the day.\n',
  },
  {
    file: 'lighthouse-almanac.md',
    data: {
      headline: 'Almanac of the lighthouse keepers',
      slug: 'lighthouse-almanac',
      source: { path: 'content/sources/lighthouse-almanac.txt', sha256: 'c'.repeat(64) },
      provenance: { headline: { method: 'source' } },
    },
    body: 'The keepers kept a ledger of gannets and gales.\n',
  },
];
