import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNameRuns } from '../../src/ingest/formats/text/name-runs.ts';

describe('findNameRuns: where a full name can be', () => {
  test('runs of two or more capitalised words, in text order, repeats kept', () => {
    assert.deepEqual(findNameRuns('Chrissy Teigen and John Legend met. Later Chrissy Teigen left.'), [
      'Chrissy Teigen',
      'John Legend',
      'Later Chrissy Teigen',
    ]);
  });

  test('a comma, a dash, a quote or a sentence’s full stop ends a run', () => {
    assert.deepEqual(
      findNameRuns('“To our Jack — I’m sorry,” Tom Reyes, Maya Chen said. Rosa Delgado Then Luis Ortega'),
      ['Tom Reyes', 'Maya Chen', 'Rosa Delgado Then Luis Ortega'],
    );
    assert.deepEqual(findNameRuns('She met Tom Reyes. Maya Chen agreed.'), ['Tom Reyes', 'Maya Chen']);
  });

  test('initials, titles, hyphens and particles stay inside a run', () => {
    assert.deepEqual(
      findNameRuns('Dr. Anthony S. Fauci met J.K. Rowling, Ana Navarro-Cárdenas and Charles de Gaulle.'),
      ['Dr. Anthony S. Fauci', 'J.K. Rowling', 'Ana Navarro-Cárdenas', 'Charles de Gaulle'],
    );
  });

  test('a possessive ends a run and is dropped', () => {
    assert.deepEqual(findNameRuns("Chrissy Teigen's Instagram post"), ['Chrissy Teigen']);
  });

  test('a line in Title Case gives none; one capitalised word is no run', () => {
    assert.deepEqual(findNameRuns('Chrissy Teigen Opened Up About Her Loss in an Essay\nTeigen wrote it.'), []);
  });
});
