import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseStatedDate } from '../../src/ingest/reading/dates/parse-date.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { emptyProject, readArticles, removeProject, ingest } from './helpers.ts';

const projects: string[] = [];
after(() => projects.forEach(removeProject));

const BODY = 'The harbour master said the ferry would run again on Monday, after the storm had passed.';

describe('dates the archive cannot publish', () => {
  it('refuses at ingest, naming the file and the field, a date whose year in the archive zone has not four digits', async () => {
    const root = emptyProject();
    projects.push(root);
    mkdirSync(join(root, 'in'));
    const json = (date: string) => JSON.stringify({ headline: 'Ferry runs again', date, body: BODY });
    writeFileSync(
      join(root, 'in/late.txt'),
      `Ferry runs again\n\nPublished 11:30 PM PT, Fri December 31, 9999\n\n${BODY}\n`,
    );
    writeFileSync(join(root, 'in/late.json'), json('9999-12-31T23:30:00-08:00'));
    writeFileSync(join(root, 'in/early.json'), json('1000-01-01T00:30:00Z'));
    writeFileSync(join(root, 'in/month.json'), json('2020-13-01'));
    writeFileSync(join(root, 'in/day.json'), json('December 32, 2020'));
    const run = await ingest(root, 'in');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /5 articles: 0 created/);
    assert.match(
      run.stderr,
      /^in\/late\.txt: published: "9999-12-31T23:30-08:00" is 10000-01-01 in the archive's time zone \(America\/New_York\), outside the years 1000 to 9999/m,
    );
    assert.match(run.stderr, /^in\/late\.json: published: .*is 10000-01-01 in the archive's time zone/m);
    assert.match(run.stderr, /^in\/early\.json: published: .*is 0?999-12-31 in the archive's time zone/m);
    assert.match(run.stderr, /^in\/month\.json: published: .*"2020-13-01" \(there is no month 13\)/m);
    assert.match(run.stderr, /^in\/day\.json: published: .*"December 32, 2020" \(December 2020 has 31 days\)/m);
    assert.throws(() => readArticles(root));
  });

  it('the schema refuses such a date in an entry, and a month or day that does not exist is not read leniently', async () => {
    const issue = (published: string) => {
      const parsed = articleSchema.shape.published.safeParse(published);
      return parsed.success ? undefined : parsed.error.issues[0]?.message;
    };
    assert.match(issue('9999-12-31T23:30:00-08:00') ?? '', /is 10000-01-01 in the archive's time zone/);
    assert.match(issue('1000-01-01T04:50:00Z') ?? '', /is 0?999-12-31 in the archive's time zone/);
    assert.equal(issue('1000-01-01T05:00:00Z'), undefined);
    assert.equal(issue('9999-12-31'), undefined);
    assert.deepEqual(parseStatedDate('2020/13/01'), {
      ok: false,
      reason: 'names an impossible date, "2020/13/01" (there is no month 13)',
    });
    assert.equal(parseStatedDate('2020-12-31').ok, true);
  });
});
