import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveAddress, citeStory } from '../../src/lib/citation.ts';

describe('archiveAddress', () => {
  it('is the public URL, under the base path, when the archive has a public address', () => {
    assert.equal(
      archiveAddress('/2020/10/01/council-votes/', 'https://news.example.org', '/news/'),
      'https://news.example.org/news/2020/10/01/council-votes/',
    );
    assert.equal(
      archiveAddress('/2020/10/01/council-votes/', new URL('http://archive.example.com:8080'), '/'),
      'http://archive.example.com:8080/2020/10/01/council-votes/',
    );
  });

  it("is the path on the archive, never a local address, when the site is unknown or this machine's own", () => {
    for (const site of [
      'http://localhost:4321',
      'http://LOCALHOST',
      'http://archive.localhost:8080',
      'http://127.0.0.1:4321',
      'http://127.1.2.3',
      'http://[::1]:4321',
      undefined,
    ]) {
      assert.equal(
        archiveAddress('/2020/10/01/council-votes/', site, '/news/'),
        '/news/2020/10/01/council-votes/',
        site,
      );
    }
  });

  it('keeps a public host whose name merely contains "localhost" or starts with 127', () => {
    assert.equal(archiveAddress('/a/', 'https://localhost.example.org', '/'), 'https://localhost.example.org/a/');
    assert.equal(archiveAddress('/a/', 'https://127.example.org', '/'), 'https://127.example.org/a/');
  });
});

describe('citeStory', () => {
  it('ends with the archive and the address it is given, full URL or path', () => {
    const parts = { headline: 'Council votes', published: 'October 1, 2020', archiveTitle: 'News Archive' };
    assert.equal(
      citeStory({
        ...parts,
        authors: ['Ann Lee'],
        publication: 'Harbor Times',
        archiveUrl: '/2020/10/01/council-votes/',
      }),
      'Ann Lee. “Council votes.” Harbor Times, October 1, 2020. Archived by News Archive, /2020/10/01/council-votes/.',
    );
    assert.equal(
      citeStory({ ...parts, archiveUrl: 'https://news.example.org/2020/10/01/council-votes/' }),
      '“Council votes.” October 1, 2020. Archived by News Archive, https://news.example.org/2020/10/01/council-votes/.',
    );
  });
});
