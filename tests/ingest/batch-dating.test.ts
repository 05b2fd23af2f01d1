import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { dateFromNames, parseDateValue } from '../../src/ingest/deciding/batch-dating.ts';
import { isUntouched } from '../../src/ingest/writing/entry-hash.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { VALID_ENTRY } from '../support/valid-entry.ts';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();

const WORDS = ['harbour', 'library', 'orchard', 'tramline', 'foundry', 'granary', 'lighthouse', 'canal', 'market'];

/** A plain text with a headline line and a body, no date line and no date in its text; `n` keeps texts apart. */
function undatedText(n: number): string {
  const word = (k: number) => WORDS[k % WORDS.length]!;
  return (
    `Council weighs plan for the ${word(n)} number ${n}\n\n` +
    `The council discussed proposal ${n} for the ${word(n)} and the ${word(n + 3)} at length on Tuesday evening.\n\n` +
    `Members asked for costs of item ${n * 7 + 1} before any vote, and the clerk agreed to report back.\n`
  );
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The front matter of an entry, as data, and its body text. */
function entry(root: string, path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(join(root, 'content/articles', path), 'utf8');
  const split = splitFrontMatter(text);
  assert.ok(split, `${path} has front matter`);
  return { data: parse(split.yaml) as Record<string, unknown>, body: split.body, text };
}

const provenanceOf = (data: Record<string, unknown>) =>
  (data['provenance'] as Record<string, { method: string; evidence?: string }>)['published'];

describe('batch dating: --date and --reason', () => {
  it('dates every undated source of the run at the precision given, as the editor, with the reason as evidence', async () => {
    const root = project();
    const cases = [
      ['year', '2004'],
      ['month', '2004-05'],
      ['day', '2004-05-12'],
    ] as const;
    for (const [i, [folder, date]] of cases.entries()) {
      write(root, `in/${folder}/a.txt`, undatedText(i));
      const run = await ingest(root, '--date', date, '--reason', `Box ${folder} of the 2004 papers`, `in/${folder}`);
      assert.equal(run.status, 0, run.stderr);
      const { data } = entry(root, `${folder}/a.md`);
      assert.equal(data['published'], date);
      assert.deepEqual(provenanceOf(data), { method: 'editor', evidence: `Box ${folder} of the 2004 papers` });
    }
  });

  it('refuses --date without --reason, and a date that is not a real one, with exit code 2', async () => {
    const root = project();
    write(root, 'in/a.txt', undatedText(1));
    const bare = await ingest(root, '--date', '2004', 'in/a.txt');
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^ingest: --date: needs --reason/m);
    assert.equal((await ingest(root, '--date', '2004', '--reason', '  ', 'in/a.txt')).status, 2);
    for (const bad of ['2004-02-30', '04', '2004-5', '20040512', '2004-05-12T10:00Z', '3004']) {
      const run = await ingest(root, '--date', bad, '--reason', 'why', 'in/a.txt');
      assert.equal(run.status, 2, bad);
      assert.match(run.stderr, /^ingest: --date: /m, bad);
    }
    assert.equal(existsSync(join(root, 'content/articles')), false, 'nothing was written');
  });

  it('leaves a date the source states, and an override, as they are', async () => {
    const root = project();
    write(root, 'in/b/stated.txt', ` date 2020-10-01 ${undatedText(1)}`);
    write(root, 'in/b/overridden.txt', undatedText(2));
    write(root, 'content/overrides.yaml', 'b/overridden.txt:\n  date: "1999-12"\n  reason: "The editor knows"\n');
    const run = await ingest(root, '--date', '2004', '--reason', 'Box 4', 'in/b');
    assert.equal(run.status, 0, run.stderr);
    const stated = entry(root, 'b/stated.md').data;
    assert.equal(stated['published'], '2020-10-01');
    assert.equal(provenanceOf(stated)?.method, 'source');
    const overridden = entry(root, 'b/overridden.md').data;
    assert.equal(overridden['published'], '1999-12');
    assert.deepEqual(provenanceOf(overridden), { method: 'editor', evidence: 'The editor knows' });
  });
});

describe('batch dating: rules by path and dates in names', () => {
  it('dates by a dates rule in content/ingest.yaml on every ingest; --date wins over it', async () => {
    const root = project();
    write(
      root,
      'content/ingest.yaml',
      'dates:\n  "bbc/2005/**": { date: "2005-03", reason: "The BBC 2005 box, March" }\n',
    );
    write(root, 'content/sources/bbc/2005/a.txt', undatedText(1));
    write(root, 'content/sources/bbc/2006/b.txt', undatedText(2));
    const run = await ingest(root);
    assert.equal(run.status, 0, run.stderr);
    const ruled = entry(root, 'bbc/2005/a.md').data;
    assert.equal(ruled['published'], '2005-03');
    assert.deepEqual(provenanceOf(ruled), { method: 'editor', evidence: 'The BBC 2005 box, March' });
    // No rule for 2006: the folder name dates it, to the year.
    const named = entry(root, 'bbc/2006/b.md').data;
    assert.equal(named['published'], '2006');
    assert.equal(provenanceOf(named)?.method, 'derived');

    write(root, 'content/sources/bbc/2005/c.txt', undatedText(3));
    const flagged = await ingest(
      root,
      '--date',
      '2005-06-01',
      '--reason',
      'Dated by hand',
      'content/sources/bbc/2005/c.txt',
    );
    assert.equal(flagged.status, 0, flagged.stderr);
    assert.equal(entry(root, 'bbc/2005/c.md').data['published'], '2005-06-01');
  });

  it('refuses a bad rule, naming content/ingest.yaml and the field', async () => {
    const root = project();
    write(root, 'content/ingest.yaml', 'dates:\n  "content/sources/x/**": { date: "2005-02-30", reason: "" }\n');
    write(root, 'content/sources/x/a.txt', undatedText(1));
    const run = await ingest(root);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^content\/ingest\.yaml: dates\.content\/sources\/x\/\*\*: globs are relative/m);
  });

  it('reads a date from the file name and from year/month/day folders, strictly', async () => {
    const root = project();
    write(root, 'content/sources/2004-05-12-council.txt', undatedText(1));
    write(root, 'content/sources/paper/2003/07/a.txt', undatedText(2));
    write(root, 'content/sources/paper/1998/04/30/b.txt', undatedText(3));
    write(root, 'content/sources/report2004.txt', undatedText(4));
    write(root, 'content/ingest.yaml', 'undated: keep\n');
    const run = await ingest(root);
    assert.equal(run.status, 0, run.stderr);
    const file = entry(root, '2004-05-12-council.md').data;
    assert.equal(file['published'], '2004-05-12');
    assert.deepEqual(provenanceOf(file), { method: 'derived', evidence: 'the file name "2004-05-12-council.txt"' });
    assert.equal(entry(root, 'paper/2003/07/a.md').data['published'], '2003-07');
    assert.equal(entry(root, 'paper/1998/04/30/b.md').data['published'], '1998-04-30');
    assert.equal(entry(root, 'report2004.md').data['published'], undefined);
  });

  it('dateFromNames: only four-digit years from 1800 to this year and real days, at token boundaries', async () => {
    const today = new Date('2024-06-01T00:00:00Z');
    const value = (name: string) => dateFromNames(name, today)?.value;
    assert.equal(value('2004-05-12-slug.txt'), '2004-05-12');
    assert.equal(value('x_2004-05-12.txt'), '2004-05-12');
    assert.equal(value('a/2004/05/12/x.txt'), '2004-05-12');
    assert.equal(value('a/2004/05/x.txt'), '2004-05');
    assert.equal(value('a/2004/x.txt'), '2004');
    assert.equal(value('a/2004/05/x-2004-05-09.txt'), '2004-05-09');
    for (const name of [
      'report2004.txt',
      '20040512.txt',
      'a/x2004/b.txt',
      '1799/a.txt',
      '2025/a.txt',
      '2003-02-29-a.txt',
      'a/2004/13/x.txt',
      'a/2004/05/32/x.txt',
      'a/2004/5/x.txt',
      '2004/2005/x.txt',
      '2004/x-2005-01-02.txt',
      '2004-05-12-and-2004-05-13.txt',
    ]) {
      assert.equal(value(name), undefined, name);
    }
    assert.deepEqual(parseDateValue('2024-06-03', today), { ok: false, reason: '"2024-06-03" is in the future' });
    assert.deepEqual(parseDateValue('2024-06', today), { ok: true, published: '2024-06' });
  });
});

describe('batch dating: the schema of an undated entry', () => {
  const { published: _published, ...undated } = VALID_ENTRY;
  const { published: _record, ...provenance } = VALID_ENTRY.provenance;
  const issues = (data: unknown) =>
    articleSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('takes an entry with neither published nor provenance.published', async () => {
    assert.deepEqual(issues({ ...undated, provenance }), []);
  });
  it('refuses published without provenance.published, and provenance.published without published', async () => {
    assert.deepEqual(issues({ ...VALID_ENTRY, provenance }), [
      'provenance.published: published is set, so provenance.published must say where it came from',
    ]);
    assert.match(
      issues(undated)[0] ?? '',
      /^published: is missing, but provenance\.published says where a date came from/,
    );
  });
});

describe('batch dating: what stays undated', () => {
  it('refuses undated sources together, naming each file, and prints the one command that dates them', async () => {
    const root = project();
    for (let i = 0; i < 3; i += 1) write(root, `in/box/u${i}.txt`, undatedText(i));
    write(root, 'in/mixed/u.txt', undatedText(10));
    write(root, 'in/mixed/dated.txt', ` date 2020-10-01 ${undatedText(11)}`);
    const run = await ingest(root, 'in/box', 'in/mixed');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^published: 4 sources are refused for want of a date: /m);
    assert.match(run.stderr, /^ {2}in\/box\/ \(3 files\): u0\.txt, u1\.txt, u2\.txt$/m);
    assert.match(run.stderr, /^ {2}in\/mixed\/u\.txt$/m);
    assert.doesNotMatch(run.stderr, /^in\/box\/u0\.txt: published/m, 'one refusal for all, not one per file');
    const command = 'npm run ingest -- --date YYYY --reason "What the date rests on" in/box in/mixed/u.txt';
    assert.ok(run.stdout.includes(`  ${command}\n`), run.stdout);
    assert.match(run.stdout, /^ {2}dates:\n {4}"box\/\*\*": \{ date: "YYYY", reason: "What the date rests on" \}$/m);
    assert.match(run.stdout, /^ {4}"mixed\/u\.txt": /m);
    assert.match(run.stdout, /undated: keep in content\/ingest\.yaml/);
    assert.match(run.stdout, /1 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 4 refused/);

    const json = JSON.parse((await ingest(root, '--json', 'in/box')).stdout) as { undated: { command: string } };
    assert.match(json.undated.command, /--date YYYY .* in\/box$/);

    // The printed command, with a year, takes them in.
    const dated = await ingest(
      root,
      '--date',
      '2004',
      '--reason',
      'What the date rests on',
      'in/box',
      'in/mixed/u.txt',
    );
    assert.equal(dated.status, 0, dated.stderr);
    assert.match(dated.stdout, /4 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 refused/);
  });

  it('with undated: keep, writes entries without published that pass the schema, slugs unique under /undated/', async () => {
    const root = project();
    write(root, 'content/ingest.yaml', 'undated: keep\n');
    write(root, 'in/k/a.txt', undatedText(1));
    // Same headline, another text: the second takes -2 among undated entries.
    write(root, 'in/k/b.txt', undatedText(1).replace('proposal 1', 'proposal one hundred'));
    const run = await ingest(root, 'in/k');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /2 created/);
    assert.match(
      run.stdout,
      /^written undated \(undated: keep in content\/ingest\.yaml; listed under \/undated\/\): 2 sources/m,
    );
    assert.ok(run.stdout.includes('npm run ingest -- --date YYYY --reason "What the date rests on" in/k\n'));
    const a = entry(root, 'k/a.md').data;
    const b = entry(root, 'k/b.md').data;
    for (const data of [a, b]) {
      assert.equal('published' in data, false);
      assert.equal('published' in (data['provenance'] as object), false);
      assert.equal(articleSchema.safeParse(data).success, true, JSON.stringify(articleSchema.safeParse(data).error));
    }
    assert.equal(a['slug'], 'council-weighs-plan-for-the-library-number-1');
    assert.equal(b['slug'], 'council-weighs-plan-for-the-library-number-1-2');
    const again = await ingest(root);
    assert.match(again.stdout, /0 created, 0 updated, 2 unchanged/);
  });

  it('a later --date dates undated entries in place, changing nothing else, and the date stays on later runs', async () => {
    const root = project();
    write(root, 'content/ingest.yaml', 'undated: keep\n');
    for (let i = 0; i < 3; i += 1) write(root, `in/later/u${i}.txt`, undatedText(i));
    assert.equal((await ingest(root, 'in/later')).status, 0);
    const before = entry(root, 'later/u0.md');
    // A hand edit to one of them: it is not dated, and the report says what to do.
    const edited = join(root, 'content/articles/later/u2.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('at length', 'at great length'));
    const editedText = readFileSync(edited, 'utf8');

    const run = await ingest(root, '--date', '2004-05', '--reason', 'Box label: May 2004', 'content/sources/later');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /0 created, 2 updated, 0 unchanged, 1 kept/);
    assert.match(
      run.stdout,
      /later\/u2\.txt: kept → \S+ \(undated and edited by hand, so the date "2004-05" \(editor: Box label: May 2004\) is not written into it/,
    );
    assert.equal(readFileSync(edited, 'utf8'), editedText);

    const after = entry(root, 'later/u0.md');
    assert.ok(isUntouched(after.text), 'resealed');
    assert.equal(after.body, before.body);
    assert.equal(after.data['published'], '2004-05');
    assert.deepEqual(provenanceOf(after.data), { method: 'editor', evidence: 'Box label: May 2004' });
    const strip = (data: Record<string, unknown>) => {
      const { published: _p, ingest: _i, provenance, ...rest } = data;
      const { published: _pp, ...others } = provenance as Record<string, unknown>;
      return { ...rest, provenance: others };
    };
    assert.deepEqual(strip(after.data), strip(before.data));
    assert.equal(articleSchema.safeParse(after.data).success, true);

    // Without --date, and with --force, the editor's date stays.
    const plain = await ingest(root, '--force', 'content/sources/later/u0.txt');
    assert.match(plain.stdout, /1 unchanged/);
    assert.equal(entry(root, 'later/u0.md').text, after.text);
    const whole = await ingest(root);
    assert.match(whole.stdout, /0 created, 0 updated, 2 unchanged, 1 kept/);
  });

  it('takes a folder of 200 undated plain texts in with one command', async () => {
    const root = project();
    for (let i = 0; i < 200; i += 1) write(root, `in/box200/story-${String(i).padStart(3, '0')}.txt`, undatedText(i));
    const refused = await ingest(root, 'in/box200');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^published: 200 sources are refused for want of a date/m);
    assert.equal(refused.stderr.trim().split('\n').length, 2, 'one refusal, one line for the folder');
    assert.ok(refused.stdout.includes('npm run ingest -- --date YYYY --reason "What the date rests on" in/box200\n'));

    const run = await ingest(root, '--date', '1987', '--reason', 'The 1987 box', 'in/box200');
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^200 files, 200 articles: 200 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 refused$/m,
    );
    const names = readdirSync(join(root, 'content/articles/box200'));
    assert.equal(names.length, 200);
    for (const name of names) {
      const { data } = entry(root, `box200/${name}`);
      assert.equal(data['published'], '1987');
      assert.equal(articleSchema.safeParse(data).success, true);
    }
  });
});
