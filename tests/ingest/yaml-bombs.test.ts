import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { articlesLoader } from '../../src/content-loader/articles-loader.ts';
import { readEntryAccounts } from '../../src/build/reconcile-inputs.ts';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();

/**
 * "Billion laughs": each anchor a list of nine aliases of the one before.
 * Six levels read as 9^6 = 531,441 strings; `levels` more would exhaust memory.
 */
function bomb(levels = 6): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const REASON = 'aliases expand too far (a YAML bomb?)';

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const STORY = 'A headline for the story\n\nThe body of the story, dated May 3, 2004, with words enough to be read.\n';

describe('a YAML bomb is refused, naming the file and saying why', () => {
  it('in content/overrides.yaml', async () => {
    const root = project();
    write(root, 'content/sources/a.txt', STORY);
    write(root, 'content/overrides.yaml', bomb());
    const { stderr } = await ingest(root);
    assert.match(stderr, /^content\/overrides\.yaml: \(file\): aliases expand too far \(a YAML bomb\?\); /m);
  });

  it('in content/ingest.yaml', async () => {
    const root = project();
    write(root, 'content/sources/a.txt', STORY);
    write(root, 'content/ingest.yaml', bomb());
    const { status, stderr } = await ingest(root);
    assert.notEqual(status, 0);
    assert.match(stderr, /^content\/ingest\.yaml: \(file\): aliases expand too far \(a YAML bomb\?\); /m);
  });

  it("in a Markdown source's front matter", async () => {
    const root = project();
    write(root, 'content/sources/a.md', `---\n${bomb()}title: A headline\n---\n\n${STORY}`);
    const { stderr } = await ingest(root);
    assert.match(stderr, /^content\/sources\/a\.md: front matter: aliases expand too far \(a YAML bomb\?\); /m);
  });

  it("in an entry's front matter, as the site's loader reads it", async () => {
    const root = project();
    write(root, 'content/articles/2004/a.md', `---\n${bomb(4)}slug: a\n---\n\nText.\n`);
    const loader = articlesLoader({ base: join(root, 'content/articles'), catalogueDir: join(root, 'catalogue') });
    const context = {
      store: { get: () => undefined, keys: () => [], values: () => [], set: () => true, delete: () => {} },
      config: { root: new URL(`file://${root}/`) },
      parseData: async () => {
        throw new Error('not an entry');
      },
      renderMarkdown: async () => ({ html: '' }),
      generateDigest: () => 'digest',
      logger: { error: () => {} },
    } as unknown as LoaderContext;
    await assert.rejects(loader.load(context), (error: Error) => {
      assert.match(error.message, /^content\/articles\/2004\/a\.md: front matter: aliases expand too far/);
      return true;
    });
  });

  it("in an entry's front matter, as the build's reconciliation reads it", async () => {
    const root = project();
    write(root, 'content/articles/2004/a.md', `---\n${bomb()}slug: a\n---\n\nText.\n`);
    await assert.rejects(readEntryAccounts(join(root, 'content')), (error: Error) => {
      assert.match(error.message, /content\/articles\/2004\/a\.md: \(front matter\): aliases expand too far/);
      return true;
    });
  });
});
