import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate, loadEvalPages } from '../../scripts/eval-extraction.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';

const pages = loadEvalPages();
const report = evaluate(pages, { timingRounds: 0 });

describe('HTML body extraction on the evaluation set (4-gram shingle F1 against the human-marked body)', () => {
  test('the set holds at least 20 pages', () => {
    assert.ok(pages.length >= 20, `${pages.length} pages`);
  });

  test('mean F1 is at least 0.95', () => {
    assert.ok(report.meanOurs >= 0.95, `mean F1 ${report.meanOurs.toFixed(3)}`);
  });

  test('no page scores below 0.85', () => {
    const low = report.pages
      .filter((page) => page.ours.f1 < 0.85)
      .map((page) => `${page.name} ${page.ours.f1.toFixed(3)}`);
    assert.deepEqual(low, []);
  });

  test('the mean is at least plain Readability’s', () => {
    assert.ok(
      report.meanOurs >= report.meanReadability,
      `ours ${report.meanOurs.toFixed(3)}, Readability ${report.meanReadability.toFixed(3)}`,
    );
  });
});

describe('metadata the evaluation pages state (meta.json)', () => {
  for (const page of pages.filter((page) => page.meta)) {
    test(page.name, () => {
      const outcome = readHtml(page.html);
      assert.ok(outcome.ok, 'the page is read');
      const [article] = outcome.articles;
      assert.ok(article);
      const read: Record<string, unknown> = {
        headline: article.headline?.value,
        date: article.date?.value.written,
        authors: article.authors?.value,
        publication: article.publication?.value,
        url: article.url?.value,
      };
      for (const [field, expected] of Object.entries(page.meta ?? {})) {
        assert.deepEqual(read[field], expected, field);
      }
    });
  }
});
