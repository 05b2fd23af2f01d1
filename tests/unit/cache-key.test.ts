import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cacheKey } from '../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  test('equal values give equal keys, whoever built them', () => {
    const story = () => ({ path: '/2020/10/01/a/', data: { headline: 'A' }, body: { html: '<p>Text.</p>' } });
    assert.equal(cacheKey({ page: [story(), story()] }), cacheKey({ page: [story(), story()] }));
  });

  test('any change in a value, however deep, changes the key', () => {
    const base = { story: { data: { headline: 'A', topics: ['Grief'] } }, body: { html: '<p>x</p>' } };
    const changed = structuredClone(base);
    changed.story.data.topics.push('Loss');
    assert.notEqual(cacheKey(base), cacheKey(changed));
    const long = { html: 'x'.repeat(1000) };
    assert.notEqual(cacheKey({ long }), cacheKey({ long: { html: `${'x'.repeat(999)}y` } }));
  });

  test('tells apart values JSON would not: undefined, types, key order, Maps and Sets', () => {
    assert.notEqual(cacheKey({ a: undefined }), cacheKey({}));
    assert.notEqual(cacheKey(['1']), cacheKey([1]));
    assert.notEqual(cacheKey({ a: 1, b: 2 }), cacheKey({ b: 2, a: 1 }));
    assert.notEqual(cacheKey(new Map([['a', 1]])), cacheKey(new Map([['a', 2]])));
    assert.notEqual(cacheKey(new Set(['a'])), cacheKey(new Set(['b'])));
    assert.notEqual(cacheKey(new Date('2020-01-01')), cacheKey(new Date('2020-01-02')));
  });

  test('refuses a function or a class instance, naming where it is', () => {
    assert.throws(() => cacheKey({ page: { items: [], pathOf: (n: number) => `/page/${n}/` } }), {
      message: /at 0\.page\.pathOf: a function has no value to hash/,
    });
    class Lookup {}
    assert.throws(() => cacheKey({ terms: [new Lookup()] }), { message: /at 0\.terms\.0: a Lookup instance/ });
  });
});
