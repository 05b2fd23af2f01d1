import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();
const DATED = ['--date', '2020-11-01', '--reason', 'test'];

/** Printable ASCII but the space and "<": encoded data never opens a tag, and noise that did would be read as HTML. */
const NOISE_CHARACTERS = [...Array(94).keys()].map((i) => String.fromCharCode(0x21 + i)).filter((c) => c !== '<');

/** 4 KB of printable ASCII without a space, as random bytes or a blob of encoded data reads. */
function printableNoise(): string {
  return [...randomBytes(4096)].map((b) => NOISE_CHARACTERS[b % NOISE_CHARACTERS.length]).join('');
}

describe('a file that decodes as text but is not prose', () => {
  it('is refused as not text, before any date is looked for', async () => {
    const root = project();
    writeFileSync(join(root, 'content/sources/noise.txt'), printableNoise());
    writeFileSync(join(root, 'content/sources/blob.txt'), randomBytes(3000).toString('base64'));
    const run = await ingest(root);
    assert.equal(run.status, 1);
    for (const name of ['noise', 'blob']) {
      assert.match(
        run.stderr,
        new RegExp(
          `^content/sources/${name}\\.txt: body: is not text: \\d+% of it is in runs of more than 40 characters without a space`,
          'm',
        ),
      );
    }
    assert.doesNotMatch(run.stderr, /published:/);
  });

  it('leaves prose alone: long URLs in it, or a script written without spaces', async () => {
    const root = project();
    const url = `https://example.com/${'a-long-path-segment/'.repeat(6)}story.html`;
    writeFileSync(
      join(root, 'content/sources/links.txt'),
      `Ferry runs again\n\nThe harbour master said the ferry would run again on Monday, after the storm. The timetable is at ${url} and the notice at ${url}.\n\nPassengers should check the board at the pier before they travel, he said.\n`,
    );
    writeFileSync(
      join(root, 'content/sources/zh.txt'),
      `渡轮恢复运行\n\n${'港务长表示，暴风雨过后，渡轮将于星期一恢复运行，乘客出行前应查看码头的公告板。'.repeat(6)}\n`,
    );
    const run = await ingest(root, ...DATED);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(root, 'content/articles/links.md')));
    assert.ok(existsSync(join(root, 'content/articles/zh.md')));
  });
});
