/**
 * Fault injection for the ingester: a batch of 300 sources of mixed kinds
 * (dated texts, JSON arrays of 3 articles with and without ids, and sources
 * that are refused or are duplicates) is ingested by `node scripts/ingest.ts`
 * (cwd the project, as `npm run ingest` does) that is SIGKILLed 12 times in a
 * row at moments drawn from a seeded PRNG (a third after a random delay, or
 * as the first new file lands if sooner; the rest after a random number of
 * new entries or refusal records, the last ten files before its end), each kill
 * followed by the next attempt, then run once to completion. 12 fault injections (KILLS).
 *
 * Afterwards every article of every source is exactly one entry, or exactly
 * one item of its source's refusal record (refused or duplicate); no two
 * entries share source.path + source.part; no temporary file of
 * writeFileAtomic (`.name.hex.tmp`) and no lock is left; each run after a
 * kill took the killed run's lock over rather than being refused; and one
 * more full run reports everything unchanged.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { refusalRecordSchema } from '../../src/entry/refusal.ts';
import { emptyProjects, REPO, runCli } from '../ingest/helpers.ts';

const KILLS = 12;
const SEED = 20_240_517;
const project = emptyProjects();

/** mulberry32: a small seeded PRNG, so that the kill moments are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['council', 'harbor', 'library', 'bridge', 'orchard', 'school', 'clinic', 'market', 'river', 'station'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];

function body(n: number): string {
  const w = (k: number) => WORDS[(n + k) % WORDS.length]!;
  return (
    `The ${w(0)} board met on Tuesday to discuss story number ${n}, and voted ${(n % 7) + 2} to 1 to go ahead with the ${w(1)} plan.\n\n` +
    `Residents near the ${w(2)} said the work, budgeted at $${n + 3} million, should start before the ${w(3)} reopens. ` +
    `Officials expect the project, item ${n}, to take about ${(n % 5) + 1} years.`
  );
}

function dateOf(n: number): { iso: string; prose: string } {
  const year = 2000 + (n % 20);
  const month = (n % 10) + 1;
  const day = (Math.floor(n / 10) % 28) + 1;
  return {
    iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    prose: `${MONTHS[month - 1]} ${day}, ${year}`,
  };
}

interface Expected {
  /** Source name under content/sources/ → its parts (undefined for the only article of a file). */
  readonly parts: Map<string, (string | undefined)[]>;
  readonly articles: number;
}

/** Writes 300 sources into content/sources/: 240 texts, 50 JSON arrays of 3, and 10 sources that are refused or duplicates. */
function writeSources(root: string): Expected {
  const dir = join(root, 'content/sources');
  mkdirSync(join(dir, 'json'), { recursive: true });
  mkdirSync(join(dir, 'text'), { recursive: true });
  const parts = new Map<string, (string | undefined)[]>();
  let n = 0;
  const text = (headline: string, k: number, dated = true) =>
    `${headline}\n\n${dated ? `Published ${dateOf(k).prose}\n\n` : ''}${body(k)}\n`;
  for (let i = 0; i < 240; i++) {
    n++;
    const name = `text/story-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(dir, name), text(`Story ${n} About the ${WORDS[n % 10]} Vote`, n));
    parts.set(name, [undefined]);
  }
  for (let i = 0; i < 50; i++) {
    const withIds = i % 2 === 0;
    const items = [0, 1, 2].map((k) => {
      n++;
      return {
        ...(withIds ? { id: `w-${i}-${k}` } : {}),
        title: `Wire ${n} on the ${WORDS[n % 10]}`,
        date: dateOf(n).iso,
        byline: 'Sam Okafor',
        text: body(n),
      };
    });
    const name = `json/export-${String(i).padStart(2, '0')}.json`;
    writeFileSync(join(dir, name), JSON.stringify(items, null, 2));
    // Parts: the ids, or positions for articles without one (see part-names.ts).
    parts.set(
      name,
      items.map((item, k) => item.id ?? String(k + 1)),
    );
  }
  // Refused or duplicate: empty files, texts with no date (undated: refuse), copies of texts.
  for (let i = 0; i < 3; i++) {
    writeFileSync(join(dir, `text/empty-${i}.txt`), '');
    parts.set(`text/empty-${i}.txt`, [undefined]);
  }
  for (let i = 0; i < 4; i++) {
    n++;
    writeFileSync(join(dir, `text/undated-${i}.txt`), text(`Undated Story ${n} About the Market`, n, false));
    parts.set(`text/undated-${i}.txt`, [undefined]);
  }
  for (let i = 0; i < 3; i++) {
    const original = `text/story-${String(i * 50).padStart(3, '0')}.txt`;
    writeFileSync(join(dir, `text/zz-copy-${i}.txt`), readFileSync(join(dir, original)));
    parts.set(`text/zz-copy-${i}.txt`, [undefined]);
  }
  return { parts, articles: [...parts.values()].reduce((sum, p) => sum + p.length, 0) };
}

function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return (readdirSync(full, { recursive: true }) as string[]).sort();
}

/** Entries and refusal records on disk. */
function writtenFiles(root: string): number {
  return (
    filesUnder(root, 'content/articles').filter((f) => f.endsWith('.md')).length +
    filesUnder(root, 'content/refusals').filter((f) => f.endsWith('.yaml')).length
  );
}

interface Attempt {
  readonly killed: boolean;
  /** When the first new file appeared, after the start. */
  readonly firstFileMs: number | undefined;
  readonly stderr: string;
}

/** One ingest child, SIGKILLed after `delayMs` (or as its first new file lands), or once `newFiles` more files are written. */
async function attempt(root: string, kill: { delayMs: number } | { newFiles: number }): Promise<Attempt> {
  const count = () => writtenFiles(root);
  const start = count();
  const began = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'scripts/ingest.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let killed = false;
  let firstFileMs: number | undefined;
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  // A delay kill also comes as the first new file lands, so that it strikes before the writing, whatever the machine's load.
  const threshold = 'newFiles' in kill ? kill.newFiles : 1;
  const delay = 'delayMs' in kill ? setTimeout(() => (killed = child.kill('SIGKILL')), kill.delayMs) : undefined;
  const poll = setInterval(() => {
    const now = count() - start;
    if (now > 0) firstFileMs ??= performance.now() - began;
    if (now >= threshold) killed = child.kill('SIGKILL');
  }, 2);
  await exited;
  clearTimeout(delay);
  clearInterval(poll);
  return { killed: killed && child.exitCode === null, firstFileMs, stderr };
}

describe('ingest killed again and again', () => {
  it(`survives ${KILLS} SIGKILLs at seeded moments: each article ends as one entry or one refusal, nothing half-written, the lock taken over`, async () => {
    const root = project();
    const expected = writeSources(root);
    const random = prng(SEED);
    const TMP = /(?:^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/;

    // Entries plus one refusal record per refused or duplicate source: the files a whole run writes.
    const TOTAL_FILES = expected.articles - 10 + 10;
    const written = () => writtenFiles(root);
    let startupMs = 1000;
    let lockLeft = false;
    const log: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      // Every third attempt: after a delay of up to the time the last run took to write its first
      // file (start-up, the lock, reading, skipping what is done). The others: after a random number of
      // new files, spreading the remaining ones over the attempts left; the last one ten files before its end
      // (a kill as the very last file lands can come after the run has finished).
      const remaining = TOTAL_FILES - written();
      const fileKillsLeft = KILLS - i - Math.floor((KILLS - 1 - i) / 3);
      const kill =
        i % 3 === 0 && i < KILLS - 1
          ? { delayMs: 50 + Math.floor(random() * (startupMs - 50)) }
          : {
              newFiles:
                i === KILLS - 1
                  ? Math.max(1, remaining - 10)
                  : 1 + Math.floor(random() * Math.max(1, Math.floor((2 * remaining) / (fileKillsLeft + 1)))),
            };
      const result = await attempt(root, kill);
      if (result.firstFileMs !== undefined) startupMs = result.firstFileMs;
      log.push(`${JSON.stringify(kill)}: ${result.killed ? 'killed' : 'finished'} at ${written()} files`);
      assert.ok(result.killed, `attempt ${i + 1} was killed before it finished: ${log.join(', ')}`);
      assert.doesNotMatch(
        result.stderr,
        /another ingest is/,
        `after a kill the lock is taken over (${log.join(', ')})`,
      );
      // A run that got as far as reporting a source had taken the lock over, and said so first.
      if (lockLeft && /^content\/sources\//m.test(result.stderr))
        assert.match(result.stderr, /^content\/\.ingest\.lock: took over/);
      lockLeft = existsSync(join(root, 'content/.ingest.lock'));
      // Whatever is on disk after a kill is whole.
      for (const file of filesUnder(root, 'content/articles').filter((f) => f.endsWith('.md'))) {
        const front = splitFrontMatter(readFileSync(join(root, 'content/articles', file), 'utf8'));
        assert.ok(front && articleSchema.safeParse(parse(front.yaml)).success, `${file} is whole (${log.at(-1)})`);
      }
    }

    const last = runCli(root);
    assert.equal(last.status, 1, `refusals make the run exit 1:\n${last.stderr}`);
    if (lockLeft) assert.match(last.stderr, /took over the lock/);
    assert.doesNotMatch(last.stderr, /another ingest is/);

    // Every article: one entry, or one item of its source's refusal record.
    const seen = new Map<string, string>();
    const account = (key: string, where: string) => {
      assert.ok(!seen.has(key), `${key} is ${seen.get(key)} and ${where}`);
      seen.set(key, where);
    };
    const entries = filesUnder(root, 'content/articles').filter((f) => f.endsWith('.md'));
    for (const file of entries) {
      const front = splitFrontMatter(readFileSync(join(root, 'content/articles', file), 'utf8'));
      const entry = articleSchema.parse(parse(front!.yaml));
      account(`${entry.source.path}#${entry.source.part ?? ''}`, `entry ${file}`);
    }
    const refusals = filesUnder(root, 'content/refusals').filter((f) => f.endsWith('.yaml'));
    const statuses = { refused: 0, duplicate: 0 };
    for (const file of refusals) {
      const record = refusalRecordSchema.parse(parse(readFileSync(join(root, 'content/refusals', file), 'utf8')));
      for (const article of record.articles) {
        statuses[article.status]++;
        account(`${record.source.path}#${article.part ?? ''}`, `${article.status} in ${file}`);
      }
    }
    const want = [...expected.parts].flatMap(([name, parts]) => parts.map((p) => `content/sources/${name}#${p ?? ''}`));
    assert.deepEqual([...seen.keys()].sort(), want.sort(), 'each article accounted for once');
    assert.deepEqual(statuses, { refused: 7, duplicate: 3 });
    assert.equal(entries.length, expected.articles - 10);

    const leftovers = filesUnder(root, 'content').filter((f) => TMP.test(f) || f.includes('.ingest.lock'));
    assert.deepEqual(leftovers, [], 'no temporary file or lock left');

    const again = runCli(root);
    assert.doesNotMatch(again.stderr, /took over the lock/);
    assert.match(
      again.stdout,
      new RegExp(
        `^300 files, ${expected.articles} articles: 0 created, 0 updated, ${entries.length} unchanged, 0 kept, 3 duplicate, 7 refused$`,
        'm',
      ),
    );
  });
});
