import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paginate, pageParam, type ListPage } from '../../src/lib/pagination.ts';

/** Items 1…n, newest first, as the lists give them. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);

/** Everything a page is made from but its "newer" link. */
const withoutNewer = ({ links: { newer: _, ...links }, ...page }: ListPage<number>) => ({ ...page, links });

describe('pagination from the oldest end', () => {
  test('numbers full pages from the oldest item, and leaves the front page at least a page of the newest', () => {
    const [front, ...numbered] = paginate(newestFirst(13), '/topics/grief/', 3);
    assert.deepEqual(
      numbered.map((p) => [p.number, p.path, p.items]),
      [
        [1, '/topics/grief/page/1/', [3, 2, 1]],
        [2, '/topics/grief/page/2/', [6, 5, 4]],
        [3, '/topics/grief/page/3/', [9, 8, 7]],
      ],
    );
    assert.deepEqual([front.number, front.path, front.items, front.total], [0, '/topics/grief/', [13, 12, 11, 10], 13]);
    assert.deepEqual([pageParam(0), pageParam(1), pageParam(3)], [undefined, 'page/1', 'page/3']);
  });

  test('the front page holds a page to two pages less one, or the whole of a shorter list, and every item is on one page', () => {
    for (let n = 0; n <= 40; n += 1) {
      const pages = paginate(newestFirst(n), '/', 4);
      const front = pages[0];
      assert.ok(front.items.length === n || (front.items.length >= 4 && front.items.length <= 7), `${n} items`);
      assert.deepEqual(
        pages.flatMap((p) => p.items).sort((a, b) => a - b),
        newestFirst(n).reverse(),
      );
      for (const page of pages.slice(1)) assert.equal(page.items.length, 4, `${n} items: ${page.path} is full`);
    }
  });

  test('links the front page to the newest numbered page and page 1, and each numbered page to its neighbours and both ends', () => {
    const [front, first, second, third] = paginate(newestFirst(17), '/2020/', 4);
    assert.deepEqual(front.links, { older: '/2020/page/3/', oldest: '/2020/page/1/' });
    assert.deepEqual(third!.links, {
      newest: '/2020/',
      newer: '/2020/',
      older: '/2020/page/2/',
      oldest: '/2020/page/1/',
    });
    assert.deepEqual(second!.links, {
      newest: '/2020/',
      newer: '/2020/page/3/',
      older: '/2020/page/1/',
      oldest: '/2020/page/1/',
    });
    assert.deepEqual(first!.links, { newest: '/2020/', newer: '/2020/page/2/' });
    assert.deepEqual(paginate(newestFirst(9), '/2020/', 4)[0].links, { older: '/2020/page/1/' });
    assert.deepEqual(paginate(newestFirst(7), '/2020/', 4)[0].links, {});
  });

  test('adding the newest item changes no numbered page, but for the "newer" link of the newest when a page is numbered after it', () => {
    for (let n = 0; n <= 60; n += 1) {
      const [, ...before] = paginate(newestFirst(n), '/people/ann/', 5);
      const [, ...after] = paginate(newestFirst(n + 1), '/people/ann/', 5);
      assert.ok(after.length - before.length <= 1);
      for (const [index, page] of before.entries()) {
        const same = after[index]!;
        assert.deepEqual(withoutNewer(same), withoutNewer(page), `${n} → ${n + 1} items: ${page.path}`);
        const isNewest = index === before.length - 1;
        const newer = isNewest && after.length > before.length ? after[index + 1]!.path : page.links.newer;
        assert.equal(same.links.newer, newer, `${n} → ${n + 1} items: ${page.path}'s newer link`);
      }
    }
  });

  test('gives an empty list one empty front page', () => {
    assert.deepEqual(
      paginate([], '/', 20).map((p) => [p.path, p.items.length]),
      [['/', 0]],
    );
  });

  test('refuses a page size that is not a positive integer', () => {
    assert.throws(() => paginate([1], '/', 0), /page size must be a positive integer/);
  });
});
