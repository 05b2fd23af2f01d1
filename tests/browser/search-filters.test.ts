/**
 * The search index carries the filters search is browsed by: year, month,
 * publication, topic, person and story thread, each story under the values its entry and
 * its date give it, and the day that date ranges are made of. Read through Pagefind's own browser API on the made-up
 * archive, whose stories have every kind of label and date precision.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { calendarDate, pad2, parsePublished } from '../../src/entry/published-date.ts';
import { useSite } from '../support/browser.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { filterCountsOverShards, resultCountOverShards } from '../support/pagefind-shards.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

type Counts = Record<string, Record<string, number>>;

/** What the filters should count, from the entries themselves. */
function expectedCounts(): Counts {
  const counts: Counts = {
    year: {},
    month: {},
    day: {},
    period: {},
    publication: {},
    topic: {},
    person: {},
    thread: {},
  };
  const add = (filter: string, value: string) => {
    counts[filter]![value] = (counts[filter]![value] ?? 0) + 1;
  };
  for (const { data } of fixture().stories) {
    const parsed = parsePublished(data.published!);
    assert.ok(parsed.ok);
    const { year, month, day } = calendarDate(parsed.date, archive.timeZone);
    const { precision } = parsed.date;
    add('year', String(year));
    if (precision !== 'year') add('month', `${year}-${pad2(month)}`);
    if (precision === 'day' || precision === 'instant') add('day', `${year}-${pad2(month)}-${pad2(day)}`);
    // A story known only to its year or month is also filed under that period, for date ranges that overlap it.
    if (precision === 'year' || precision === 'month') add('period', data.published!);
    if (data.publication) add('publication', data.publication);
    // Labels that differ only in case are one term, filtered under the spelling most stories use.
    for (const topic of data.topics ?? []) add('topic', topic === 'elections' ? 'Elections' : topic);
    for (const person of data.people ?? []) add('person', person);
  }
  // Threads are computed, not written in entries: each story counts under the thread whose page lists it.
  const threads = join(fixture().dist, 'threads');
  for (const id of readdirSync(threads, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const page = fromHtml(readFileSync(join(threads, id.name, 'index.html'), 'utf8'));
    const title = toText(select('h1', page)!).trim();
    for (const _ of selectAll('.thread-timeline li', page)) add('thread', title);
  }
  return counts;
}

test('Pagefind counts every story under its year, month, day or period, publication, topics, people and story thread', async () => {
  await site.withPage(async (page) => {
    const filters = await filterCountsOverShards(page, fixture().dist);
    assert.deepEqual(filters, expectedCounts());
  });
});

test('a filter alone finds its stories with no words typed, and two filters narrow each other', async () => {
  await site.withPage(async (page) => {
    const found = {
      byYear: await resultCountOverShards(page, fixture().dist, null, { filters: { year: '2021' } }),
      both: await resultCountOverShards(page, fixture().dist, null, {
        filters: { year: '2021', publication: 'Harbor Times' },
      }),
    };
    const stories = fixture().stories;
    const in2021 = stories.filter((s) => s.data.published!.startsWith('2021'));
    assert.equal(found.byYear, in2021.length);
    assert.equal(found.both, in2021.filter((s) => s.data.publication === 'Harbor Times').length);
    assert.ok(found.both > 0 && found.both < found.byYear);
  });
});
