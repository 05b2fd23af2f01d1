import { after } from 'node:test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ingestCommand } from '../../src/ingest/command.ts';

export const REPO = resolve(import.meta.dirname, '../..');
const CLI = join(REPO, 'scripts/ingest.ts');

/** A temporary project holding a copy of content/sources/ (and overrides.yaml unless told not to). */
export function makeProject({ overrides = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  cpSync(join(REPO, 'content/sources'), join(root, 'content/sources'), { recursive: true });
  if (overrides) cpSync(join(REPO, 'content/overrides.yaml'), join(root, 'content/overrides.yaml'));
  return root;
}

/** A temporary project with an empty content/sources/ and no settings. */
export function emptyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  return root;
}

/** The entry files of a project, relative to its content/articles/, sorted. */
export function entriesUnder(root: string): string[] {
  const dir = join(root, 'content/articles');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
}

/** A maker of empty projects, each removed when the test file ends. */
export function emptyProjects(): () => string {
  const roots: string[] = [];
  after(() => roots.forEach(removeProject));
  return () => {
    const root = emptyProject();
    roots.push(root);
    return root;
  };
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npm run ingest -- …args` in this process, with the project as its
 * working directory: the ingest command's own function (command.ts), its
 * output gathered as a process's would be. Tests of the command's arguments,
 * report and entries use this; what needs a process of its own (exit on a
 * signal, two runs at once) uses runCli.
 */
export async function ingest(root: string, ...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await ingestCommand(args, {
    cwd: root,
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
  });
  return { status, stdout, stderr };
}

/** Runs `node scripts/ingest.ts …args` in a process of its own, with the project as working directory. */
export function runCli(root: string, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under content/articles/, name → text. */
export function readArticles(root: string): Map<string, string> {
  const dir = join(root, 'content/articles');
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Parses an entry body the way the site does (GFM and directives). */
export function parseBody(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
}
