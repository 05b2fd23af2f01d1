/** A valid entry's front matter, as the bundled story 002 has it: the starting point of schema tests. */
export const VALID_ENTRY = {
  headline: 'Chrissy Teigen is opening up about her miscarriage',
  published: '2020-10-01',
  slug: 'chrissy-teigen-is-opening-up-about-her-miscarriage',
  source: { path: 'content/sources/002_d17c487081642dcc.txt', sha256: 'a'.repeat(64) },
  provenance: {
    headline: { method: 'derived', evidence: 'first clause of the lede' },
    published: { method: 'source', evidence: 'date 2020-10-01 line' },
  },
} as const;
