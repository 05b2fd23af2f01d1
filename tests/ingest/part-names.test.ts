import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nameParts } from '../../src/ingest/formats/part-names.ts';
import { emptyProjects, ingest, readArticles } from './helpers.ts';

const project = emptyProjects();

const body = (word: string) =>
  `${word} said the ferry would run again on Monday after the storm, and the harbour master agreed with the plan.`;
const story = (n: number, fields: Record<string, string>) => ({
  headline: `Ferry story number ${n}`,
  date: `2020-11-${String(n).padStart(2, '0')}`,
  body: body(`Speaker ${n}`),
  ...fields,
});

function ingestFile(root: string, file: string, text: string, ...args: string[]) {
  mkdirSync(join(root, 'in'), { recursive: true });
  writeFileSync(join(root, 'in', file), text);
  return ingest(root, ...args, `in/${file}`);
}

describe('articles of one file each get an entry of their own', () => {
  it('an article without an id is not named by a position another article has as its id', async () => {
    const root = project();
    const run = await ingestFile(root, 'ferry.json', JSON.stringify([story(1, { id: '2' }), story(2, {})]));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /2 articles: 2 created, 0 updated, 0 unchanged, 0 kept/);
    assert.equal(readArticles(root).size, 2);
    const forced = await ingestFile(
      root,
      'ferry.json',
      JSON.stringify([story(1, { id: '2' }), story(2, {})]),
      '--force',
    );
    assert.match(forced.stdout, /2 articles: 0 created, 0 updated, 2 unchanged/);
    assert.equal(readArticles(root).size, 2);
  });

  it('ids that make one file name, in another case or with other unsafe characters, and an id seen twice, keep every article', async () => {
    const root = project();
    const stories = [
      story(1, { id: 'a/b' }),
      story(2, { id: 'A b' }),
      story(3, { id: 'x' }),
      story(4, { id: 'x' }),
      story(5, { id: '4' }),
      story(6, {}),
    ];
    const run = await ingestFile(root, 'many.json', JSON.stringify(stories), '--verbose');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /6 articles: 6 created/);
    assert.equal(readArticles(root).size, 6);
    assert.match(run.stdout, /its id "x" is shared with article 4 of the file \(the same id\)/);
  });

  it('a TREC file: a DOC without a DOCNO is not named by a position another DOC has as its DOCNO', async () => {
    const root = project();
    const doc = (docno: string | undefined, n: number) =>
      `<DOC>\n${docno ? `<DOCNO> ${docno} </DOCNO>\n` : ''}<HEAD>Ferry story number ${n}</HEAD>\n<DATE>November ${n}, 2020</DATE>\n<TEXT>\n   ${body(`Speaker ${n}`)}\n</TEXT>\n</DOC>\n`;
    const run = await ingestFile(
      root,
      'wire.txt',
      doc('2', 1) + doc(undefined, 2) + doc('3', 3),
      '--date',
      '2020-11-01',
      '--reason',
      'test',
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3 articles: 3 created/);
    assert.equal(readArticles(root).size, 3);
  });

  it('names parts so that no two take one file name', async () => {
    const parts = nameParts(['2', undefined, '2-2', 'B', 'b', '///', undefined]).map((p) => p?.part);
    assert.deepEqual(parts, ['2', '2-3', '2-2', '4', '5', '6', '7']);
    assert.deepEqual(nameParts(['only']), [undefined]);
  });
});
