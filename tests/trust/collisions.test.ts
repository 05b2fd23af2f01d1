import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { MAX_SLUG } from '../../src/ingest/deciding/make-slug.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { articleSchema, type Article } from '../../src/entry/article.ts';
import { emptyProject, removeProject, runCli } from '../ingest/helpers.ts';
import { runBuild } from './run-build.ts';

/** Two headlines as long as a text source's first line may be (120), alike for their first 100 characters. */
const LONG =
  'The harbour commission votes on the dredging plan for the old pier and the new container terminal at the east quay';
const LONGER = `${'The harbour commission votes on the dredging plan, '.repeat(20)}and then adjourns`;

/** name → [headline, source lines, a sentence that makes the text its own] */
const SOURCES: Record<string, [string, string, string]> = {
  'a-same-day-1.txt': ['Council approves budget', '', 'The vote in the west ward was seven to two.'],
  'a-same-day-2.txt': ['Council approves budget', '', 'In the east ward the council was unanimous.'],
  'a-same-day-3.txt': ['Council Approves Budget!', '', 'The third council, upriver, agreed by a show of hands.'],
  'b-ledger.txt': [
    'Storm closes schools',
    'Source: The Daily Ledger',
    'Ledger reporters found the north schools shut.',
  ],
  'b-times.txt': ['Storm closes schools', 'Source: Harbor Times', 'Times reporters found the south schools shut.'],
  'c-long-1.txt': [LONG, '', 'The first long story is about the pier.'],
  'c-long-2.txt': [LONG.replace('east quay', 'west quay'), '', 'The second long story is about the terminal.'],
  'd-japanese.txt': ['日本の首相が辞任', '', 'The prime minister resigned on Thursday evening.'],
  'd-russian.txt': ['Москва принимает бюджет', '', 'Moscow adopted its budget after a long session.'],
  'd-arabic.txt': ['رئيس الوزراء يستقيل', '', 'The prime minister stepped down, officials said.'],
  'd-korean.txt': ['중앙은행 금리 인상', '', 'The central bank raised its rate by a quarter point.'],
  'd-hindi.txt': ['नई दिल्ली में चुनाव', '', 'Voters in New Delhi went to the polls on Sunday.'],
  'e-symbols.txt': ['★ ★ ★', '', 'A headline with no letters at all, only stars.'],
};

function sourceText([headline, lines, sentence]: [string, string, string]): string {
  const meta = ['October 1, 2020', ...(lines ? [lines] : [])].join('\n');
  return `${headline}\n${meta}\n\n${sentence} The meeting ran late into the evening and members debated every line of the plan.\n\nResidents who attended said they would watch how the money is spent over the coming year.\n`;
}

describe('colliding, long and non-Latin headlines all keep their stories', { timeout: 300_000 }, () => {
  const root = emptyProject();
  after(() => removeProject(root));
  for (const [name, source] of Object.entries(SOURCES)) {
    writeFileSync(join(root, 'content/sources', name), sourceText(source));
  }
  // A headline of over 1,000 characters, which only a structured source can state.
  writeFileSync(
    join(root, 'content/sources/c-longer.json'),
    JSON.stringify({
      title: LONGER,
      date: '2020-10-01',
      body: sourceText(['', '', 'The longest story of all.']).trim(),
    }),
  );
  const names = [...Object.keys(SOURCES), 'c-longer.json'];
  const entries = new Map<string, Article>();

  test('ingest makes one entry per source, each with a unique, valid, readable URL', () => {
    const run = runCli(root);
    assert.equal(run.status, 0, run.stderr);
    const count = names.length;
    assert.match(run.stdout, new RegExp(`^${count} files, ${count} articles: ${count} created`, 'm'));
    for (const name of names) {
      const text = readFileSync(join(root, 'content/articles', name.replace(/\.\w+$/, '.md')), 'utf8');
      entries.set(name, articleSchema.parse(parse(splitFrontMatter(text)!.yaml)));
    }
    const slug = (name: string) => entries.get(name)!.slug;
    assert.deepEqual(['a-same-day-1.txt', 'a-same-day-2.txt', 'a-same-day-3.txt'].map(slug), [
      'council-approves-budget',
      'council-approves-budget-2',
      'council-approves-budget-3',
    ]);
    assert.deepEqual(['b-ledger.txt', 'b-times.txt'].map(slug), ['storm-closes-schools', 'storm-closes-schools-2']);
    assert.deepEqual(
      ['b-ledger.txt', 'b-times.txt'].map((n) => entries.get(n)!.publication),
      ['The Daily Ledger', 'Harbor Times'],
    );
    for (const name of ['c-long-1.txt', 'c-long-2.txt', 'c-longer.json']) {
      assert.ok(slug(name).length <= MAX_SLUG, `${name}: ${slug(name)}`);
      assert.ok(slug(name).startsWith('the-harbour-commission-votes-on-the-dredging-plan'), slug(name));
    }
    assert.notEqual(slug('c-long-1.txt'), slug('c-long-2.txt'));
    assert.equal(entries.get('c-long-1.txt')!.headline, LONG, 'a long headline is kept whole');
    assert.equal(entries.get('c-longer.json')!.headline, LONGER, 'a 1,000-character headline is kept whole');
    assert.deepEqual(['d-japanese.txt', 'd-russian.txt', 'd-arabic.txt', 'd-korean.txt', 'd-hindi.txt'].map(slug), [
      'ri-benno-shou-xiangga-ci-ren',
      'moskva-prinimaet-byudzhet',
      'ryys-alwzrae-ystqyl',
      'jung-ang-eun-haeng-geum-li-in-sang',
      'ni-dilli-mem-cunav',
    ]);
    assert.match(slug('e-symbols.txt'), /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const paths = [...entries.values()].map((data) => storyPath(data));
    assert.equal(new Set(paths).size, paths.length, 'every URL is unique');
  });

  test('the build gives every story its own page with its own headline, and reconciles', () => {
    const outDir = join(root, 'dist');
    const run = runBuild(join(root, 'content'), outDir);
    assert.equal(run.status, 0, run.output);
    const count = entries.size;
    assert.match(run.output, new RegExp(`Reconciled: ${count} sources → ${count} entries → ${count} story pages`));
    for (const [name, data] of entries) {
      const html = readFileSync(join(outDir, storyPath(data), 'index.html'), 'utf8');
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      const shown = h1?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      assert.equal(shown, data.headline, `${name}: its page shows its own headline`);
    }
  });
});
