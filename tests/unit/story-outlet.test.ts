import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpUrl, storyOutlet } from '../../src/lib/story-outlet.ts';

describe('storyOutlet', () => {
  test('names the publication and links the original when both are known', () => {
    assert.deepEqual(storyOutlet({ publication: 'The Ledger', url: 'https://ledger.example/a?b=1&c=2' }), {
      name: 'The Ledger',
      href: 'https://ledger.example/a?b=1&c=2',
    });
  });

  test("names the original's site, without www., when only the URL is known", () => {
    assert.deepEqual(storyOutlet({ url: 'http://www.ledger.example/a' }), {
      name: 'ledger.example',
      href: 'http://www.ledger.example/a',
    });
  });

  test('names the publication without a link when no URL is known', () => {
    assert.deepEqual(storyOutlet({ publication: 'The Ledger' }), { name: 'The Ledger' });
  });

  test('is nothing when neither is known: no stand-in name', () => {
    assert.equal(storyOutlet({}), undefined);
  });

  test('never links an address that is not absolute http(s)', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative/path',
      'ftp://ledger.example/a',
      'not a url',
    ]) {
      assert.equal(httpUrl(url), undefined, url);
      assert.deepEqual(storyOutlet({ publication: 'The Ledger', url }), { name: 'The Ledger' }, url);
      assert.equal(storyOutlet({ url }), undefined, url);
    }
  });
});
