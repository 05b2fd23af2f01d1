/**
 * Property checks (fast-check) on the three pieces every story goes
 * through: the schema, the URL builder and the ingester as a whole (with
 * its unique slugs, duplicate checks and refusal records), whatever the input.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { archive } from '../../src/entry/config.ts';
import { renderEntry } from '../../src/ingest/writing/render-entry.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { calendarDate, pad2, parsePublished } from '../../src/entry/published-date.ts';
import { reconcile } from '../../src/lib/reconcile.ts';
import { isReservedSlug, storyPath } from '../../src/entry/story-path.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { formatIssues } from '../../src/entry/format-issues.ts';
import { refusalRecordSchema } from '../../src/entry/refusal.ts';
import { STORY_PATH } from '../support/markup.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const slugArb = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,4}$/);
const dayArb = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
const publishedArb = fc.oneof(
  dayArb.map(({ year }) => String(year)),
  dayArb.map(({ year, month }) => `${year}-${pad2(month)}`),
  dayArb.map(({ year, month, day }) => `${year}-${pad2(month)}-${pad2(day)}`),
  fc
    .tuple(
      dayArb,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('Z', '+05:30', '-04:00', '-11:00', '+14:00'),
    )
    .map(
      ([{ year, month, day }, h, m, offset]) => `${year}-${pad2(month)}-${pad2(day)}T${pad2(h)}:${pad2(m)}:00${offset}`,
    ),
);

/** Front matter that is valid more often than not, with arbitrary values mixed in. */
const frontMatterArb = fc.record(
  {
    headline: fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.constant(''), fc.integer()),
    dek: fc.string({ maxLength: 100 }),
    published: fc.oneof(publishedArb, fc.string({ maxLength: 30 })),
    authors: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
    url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.string({ maxLength: 20 })),
    slug: fc.oneof(slugArb, fc.string({ maxLength: 20 })),
    source: fc.record({
      path: fc.oneof(fc.constant('content/sources/a.txt'), fc.string({ maxLength: 20 })),
      sha256: fc.oneof(fc.constant('a'.repeat(64)), fc.string({ maxLength: 64 })),
    }),
    provenance: fc.record({
      headline: fc.constant({ method: 'source' }),
      published: fc.constantFrom({ method: 'source' }, { method: 'inferred' }, { method: 'inferred', evidence: 'x' }),
      dek: fc.constant({ method: 'source' }),
      authors: fc.constant({ method: 'source' }),
      url: fc.constant({ method: 'source' }),
    }),
    extra: fc.string(),
  },
  { requiredKeys: ['headline', 'published', 'slug', 'source', 'provenance'] },
);

describe('schema properties', () => {
  it('any front matter is either refused with file, field and reason, or accepted and read back unchanged from the written entry', () => {
    fc.assert(
      fc.property(frontMatterArb, (data) => {
        const checked = articleSchema.safeParse(data);
        if (!checked.success) {
          for (const line of formatIssues('content/articles/x.md', checked.error).split('\n')) {
            assert.match(line, /^content\/articles\/x\.md: \S[^:]*: \S/, 'file: field: reason');
          }
          return;
        }
        const written = renderEntry(checked.data, { type: 'root', children: [] });
        const reread = articleSchema.parse(parse(splitFrontMatter(written)!.yaml));
        const { ingest: _sealed, ...rest } = reread;
        assert.deepEqual(rest, checked.data);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('URL builder properties', () => {
  /** The slugs an entry may have (the schema refuses the date archive's folder names). */
  const entrySlugArb = slugArb.filter((slug) => !isReservedSlug(slug));
  /** The folders of a date's path: its year, month and day in the archive zone, as far as its precision goes. */
  const foldersOf = (published: string) => {
    const parsed = parsePublished(published);
    assert.ok(parsed.ok);
    const { year, month, day } = calendarDate(parsed.date, archive.timeZone);
    const { precision } = parsed.date;
    return [
      String(year),
      ...(precision === 'year' ? [] : [pad2(month)]),
      ...(precision === 'year' || precision === 'month' ? [] : [pad2(day)]),
    ];
  };

  it("any valid date and slug give one valid path, at the date's precision, on the calendar day in the archive zone; different periods or slugs never share one", () => {
    fc.assert(
      fc.property(
        publishedArb,
        entrySlugArb,
        publishedArb,
        entrySlugArb,
        (published, slug, otherPublished, otherSlug) => {
          const path = storyPath({ published, slug });
          assert.match(path, STORY_PATH);
          const folders = foldersOf(published);
          assert.equal(path, `/${folders.join('/')}/${slug}/`);
          const other = storyPath({ published: otherPublished, slug: otherSlug });
          const samePeriod = JSON.stringify(foldersOf(otherPublished)) === JSON.stringify(folders);
          assert.equal(path === other, samePeriod && slug === otherSlug);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('any other value is refused with a reason, never a broken path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), slugArb, (published, slug) => {
        if (parsePublished(published).ok) return;
        assert.throws(() => storyPath({ published, slug }), /^Error: Cannot build a URL for slug ".*": "/);
      }),
      { numRuns: RUNS },
    );
  });
});

/** An article a text source might hold: few headlines and days, so URLs collide often; bodies sometimes repeat. */
const sourceArb = fc
  .tuple(
    fc.constantFrom(
      'Council approves budget',
      'Storm closes schools',
      '日本の首相が辞任',
      '★',
      '<script>x</script>',
      '',
    ),
    fc.constantFrom('October 1, 2020', 'October 2, 2020', '2020-10-01T23:30:00Z', 'someday', ''),
    fc.constantFrom('', 'Source: The Daily Ledger', 'Source: Harbor Times'),
    fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('The same text, sent twice over.', '')),
  )
  .map(([headline, date, source, text]) =>
    [
      headline,
      date,
      source,
      '',
      `${text}\n\nThe meeting ran late and members debated every line of the plan before the vote.`,
    ].join('\n'),
  );

describe('ingester properties', () => {
  it('any batch gives each source an entry or a recorded refusal, every entry valid, every URL unique, and the archive reconciles', async () => {
    let made = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(sourceArb, { minLength: 1, maxLength: 8 }), async (texts) => {
        const root = mkdtempSync(join(tmpdir(), 'ingest-property-'));
        try {
          mkdirSync(join(root, 'content/sources'), { recursive: true });
          const names = texts.map((text, i) => {
            const name = `s${i}.txt`;
            writeFileSync(join(root, 'content/sources', name), text);
            return `content/sources/${name}`;
          });
          await runIngest({ root, paths: [], force: false, verbose: false, json: true, out: () => {}, err: () => {} });
          const entries = safeList(join(root, 'content/articles')).map((name) => {
            const data = articleSchema.parse(
              parse(splitFrontMatter(readFileSync(join(root, 'content/articles', name), 'utf8'))!.yaml),
            );
            return { file: `content/articles/${name}`, sourcePath: data.source.path, path: storyPath(data) };
          });
          const refusals = safeList(join(root, 'content/refusals')).map((name) => {
            const record = refusalRecordSchema.parse(parse(readFileSync(join(root, 'content/refusals', name), 'utf8')));
            for (const article of record.articles) assert.ok(article.field && article.reason);
            return { file: `content/refusals/${name}`, sourcePath: record.source.path };
          });
          made += entries.length;
          const paths = entries.map((e) => e.path);
          const result = reconcile({ sources: names, entries, refusals, storyPages: paths, searchRecords: paths });
          assert.deepEqual(result.problems, []);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
    assert.ok(made > Math.ceil(RUNS / 5), `the batches made entries too (${made}), not only refusals`);
  });
});

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
