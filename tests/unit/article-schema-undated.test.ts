import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleSchema } from '../../src/entry/article.ts';
import { formatIssues } from '../../src/entry/format-issues.ts';
import { VALID_ENTRY } from '../support/valid-entry.ts';

const { published: _published, provenance, ...withoutDate } = VALID_ENTRY;
const undated = { ...withoutDate, provenance: { headline: provenance.headline } };

describe('articleSchema and undated entries', () => {
  test('accepts an entry with neither published nor provenance.published', () => {
    assert.equal(articleSchema.safeParse(undated).success, true);
  });

  test('refuses published without provenance.published, and the other way round', () => {
    for (const [input, field, reason] of [
      [
        { ...undated, published: '2020-10-01' },
        'provenance.published',
        'published is set, so provenance\\.published must say where it came from',
      ],
      [
        { ...undated, provenance: provenance },
        'published',
        'is missing, but provenance\\.published says where a date came from',
      ],
    ] as const) {
      const result = articleSchema.safeParse(input);
      assert.equal(result.success, false);
      assert.match(
        formatIssues('entry.md', result.error!),
        new RegExp(`^entry\\.md: ${field.replace('.', '\\.')}: ${reason}`, 'm'),
      );
    }
  });
});
