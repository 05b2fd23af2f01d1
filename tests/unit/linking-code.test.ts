import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const LIB = resolve(import.meta.dirname, '../../src/lib');

/** The modules `file` imports or re-exports from, and theirs, in the project (relative specifiers only). */
function importClosure(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), specifier!);
      if (target.endsWith('.ts') && existsSync(target)) visit(target);
    }
  };
  for (const file of files) visit(file);
  return seen;
}

test("the linking code's digest takes in every module the archive's links are worked out with", () => {
  const source = readFileSync(join(LIB, 'linking-code.ts'), 'utf8');
  const patterns = [.../import\.meta\.glob\(\s*\[([^\]]*)\]/.exec(source)![1]!.matchAll(/^\s*'(\.[^']+)',$/gm)].map(
    ([, pattern]) => pattern!,
  );
  assert.ok(patterns.includes('../../package-lock.json'), 'the package lock is taken in');
  const covered = new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: LIB }).map((f) => resolve(LIB, f))));
  const needed = importClosure(
    ['archive-links.ts', 'story.ts', '../content-loader/stories.ts'].map((f) => join(LIB, f)),
  );
  needed.add(join(LIB, '../content-loader/archive-index.ts'));
  const missing = [...needed].filter((file) => !covered.has(file)).map((file) => relative(LIB, file));
  assert.deepEqual(missing, [], 'add these to the patterns in src/lib/linking-code.ts');
  assert.ok(covered.size >= needed.size && needed.size > 20, `${needed.size} modules needed`);
});
