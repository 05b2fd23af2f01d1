import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partHeapEnv } from '../../src/build/part-heap.ts';

const GB = 2 ** 30;

test("a part's build may grow its heap to 6 GB, or three quarters of a smaller machine, keeping what NODE_OPTIONS already sets", () => {
  assert.deepEqual(partHeapEnv({}, 24 * GB), { NODE_OPTIONS: '--max-old-space-size=6144' });
  assert.deepEqual(partHeapEnv({}, 7 * GB), { NODE_OPTIONS: '--max-old-space-size=5376' });
  assert.deepEqual(partHeapEnv({ NODE_OPTIONS: '--enable-source-maps' }, 24 * GB), {
    NODE_OPTIONS: '--enable-source-maps --max-old-space-size=6144',
  });
  assert.deepEqual(partHeapEnv({ NODE_OPTIONS: '--max-old-space-size=3000' }, 24 * GB), {});
});
