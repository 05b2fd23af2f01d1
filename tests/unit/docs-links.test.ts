/**
 * The docs hold together: every relative link in README.md, BENCHMARKS.md
 * and docs/**\/*.md names a file that exists, and a link's `#anchor` a
 * heading in it (slugged as GitHub slugs headings); every page under docs/
 * can be reached from the README by following links; and the README stays
 * short (at most 150 lines), pointing into docs/ for the rest.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import GithubSlugger from 'github-slugger';

const REPO = resolve(import.meta.dirname, '../..');

function markdownUnder(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const DOCS = ['README.md', 'BENCHMARKS.md', ...markdownUnder('docs')];

/** The text outside fenced code blocks and code spans, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
}

/** The targets of the inline links `[text](target)` in a Markdown file. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** The anchors of a Markdown file's headings, as GitHub makes them. */
function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const withoutFences = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return new Set(
    [...withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) =>
      // A link in a heading counts as its text.
      slugger.slug(m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
    ),
  );
}

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** A relative link's file (repository path) and anchor, from the file it is in. */
function resolveLink(from: string, target: string): { file: string; anchor: string | undefined } {
  const [path, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? from : relative(REPO, resolve(REPO, dirname(from), decodeURIComponent(path)));
  return { file, anchor: anchor || undefined };
}

describe('the docs', () => {
  for (const doc of DOCS) {
    test(`every relative link in ${doc} resolves`, () => {
      const broken: string[] = [];
      for (const target of linkTargets(read(doc))) {
        if (isExternal(target)) continue;
        const { file, anchor } = resolveLink(doc, target);
        if (file.startsWith('..') || !existsSync(join(REPO, file))) {
          broken.push(`${target}: no such file (${file})`);
          continue;
        }
        if (anchor && file.endsWith('.md') && !headingAnchors(read(file)).has(anchor.toLowerCase())) {
          broken.push(`${target}: ${file} has no heading #${anchor}`);
        }
      }
      assert.deepEqual(broken, [], `${doc} links to what does not exist`);
    });
  }

  test('every page under docs/ can be reached from README.md by its links', () => {
    const reached = new Set<string>(['README.md']);
    const queue = ['README.md'];
    while (queue.length > 0) {
      const doc = queue.shift()!;
      for (const target of linkTargets(read(doc))) {
        if (isExternal(target)) continue;
        let { file } = resolveLink(doc, target);
        if (existsSync(join(REPO, file)) && statSync(join(REPO, file)).isDirectory()) file = join(file, 'README.md');
        if (file.endsWith('.md') && existsSync(join(REPO, file)) && !reached.has(file)) {
          reached.add(file);
          queue.push(file);
        }
      }
    }
    assert.deepEqual(
      DOCS.filter((doc) => !reached.has(doc)),
      [],
      'pages no chain of links from README.md reaches',
    );
  });

  test('README.md is at most 150 lines', () => {
    const lines = read('README.md').trimEnd().split('\n').length;
    assert.ok(lines <= 150, `README.md has ${lines} lines; move the detail into docs/`);
  });
});
