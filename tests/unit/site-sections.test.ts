import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteSections } from '../../src/lib/site-sections.ts';

const labels = (stories: { data: { publication?: string } }[]) => siteSections(stories).map((section) => section.label);

describe('siteSections', () => {
  test('offers Publications when a story names its publication', () => {
    assert.deepEqual(labels([{ data: {} }, { data: { publication: 'The Ledger' } }]), [
      'Home',
      'Dates',
      'Topics',
      'People',
      'Publications',
      'Threads',
      'Search',
    ]);
  });

  test('leaves Publications out when no story names one: no way into an empty list', () => {
    assert.deepEqual(labels([{ data: {} }, { data: {} }]), ['Home', 'Dates', 'Topics', 'People', 'Threads', 'Search']);
    assert.ok(!labels([]).includes('Publications'));
  });
});
