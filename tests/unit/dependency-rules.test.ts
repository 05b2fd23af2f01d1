import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';

const PROJECT = join(import.meta.dirname, '../..');
const CONFIG = join(PROJECT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(PROJECT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

/** Runs the project's dependency rules over `folders` of `cwd`; the exit status and what it printed. */
function cruise(cwd: string, folders: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'err', ...folders], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway project laid out like this one, holding `files` (path → source). */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dependency-rules-'));
  made.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "allowImportingTsExtensions": true } }');
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const CONTRACT = {
  'src/entry/story-path.ts': 'export const storyPath = (slug: string) => `/${slug}/`;\n',
  'scripts/ingest.ts': 'export {};\n',
};

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  test('hold for the project as it is', () => {
    const { status, output } = cruise(PROJECT, ['src', 'scripts', 'astro.config.ts']);
    assert.equal(status, 0, output);
  });

  test('let both halves import the contract', () => {
    const dir = projectWith({
      ...CONTRACT,
      'src/ingest/write.ts': "import { storyPath } from '../entry/story-path.ts';\nexport const a = storyPath('a');\n",
      'src/lib/read.ts': "import { storyPath } from '../entry/story-path.ts';\nexport const b = storyPath('b');\n",
    });
    const { status, output } = cruise(dir, ['src']);
    assert.equal(status, 0, output);
  });

  // One file of each kind that crosses a rule, with what it crosses into.
  const crossings: Record<string, Record<string, string>> = {
    'ingest-imports-only-the-contract': {
      'src/lib/story.ts': 'export const story = 1;\n',
      'src/ingest/write.ts': "import { story } from '../lib/story.ts';\nexport const a = story;\n",
    },
    'site-never-imports-the-ingester': {
      'src/ingest/decide.ts': 'export const decide = 1;\n',
      'src/lib/thread.ts': "import { decide } from '../ingest/decide.ts';\nexport const b = decide;\n",
    },
    'contract-stands-alone': {
      'src/lib/format-date.ts': 'export const format = 1;\n',
      'src/entry/published-date.ts': "import { format } from '../lib/format-date.ts';\nexport const c = format;\n",
    },
    'lib-is-pure': { 'src/lib/people.ts': "import { readFileSync } from 'node:fs';\nexport const d = readFileSync;\n" },
    'browser-scripts-stay-in-the-browser': {
      'src/build/plan.ts': 'export const plan = 1;\n',
      'src/browser/search.ts': "import { plan } from '../build/plan.ts';\nexport const e = plan;\n",
    },
    'browser-scripts-use-no-node-built-ins': {
      'src/browser/filters.ts': "import { join } from 'node:path';\nexport const g = join;\n",
    },
    'nothing-imports-a-command': {
      'scripts/build.ts': 'export const build = 1;\n',
      'src/build/parts.ts': "import { build } from '../../scripts/build.ts';\nexport const f = build;\n",
    },
  };
  const crossed = cruise(projectWith(Object.assign({}, CONTRACT, ...Object.values(crossings))), ['src', 'scripts']);
  test('fail when any module crosses them', () => assert.notEqual(crossed.status, 0, crossed.output));
  for (const rule of Object.keys(crossings))
    test(`name the crossing: ${rule}`, () => assert.match(crossed.output, new RegExp(`error ${rule}:`)));
});
