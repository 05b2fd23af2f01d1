import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import type { Story } from './story.ts';

/**
 * The labels stories are browsed by besides date: each kind has an index
 * page (/topics/) and a page per label (/topics/grief/).
 */
export const TERM_KINDS = {
  topics: { field: 'topics', singular: 'Topic', plural: 'Topics', noun: 'topic' },
  people: { field: 'people', singular: 'Person', plural: 'People', noun: 'person' },
  publications: { field: 'publication', singular: 'Publication', plural: 'Publications', noun: 'publication' },
} as const;

export type TermKind = keyof typeof TERM_KINDS;

export const TERM_KIND_NAMES = Object.keys(TERM_KINDS) as TermKind[];

export interface Term<S extends Story = Story> {
  readonly kind: TermKind;
  /** The label as most stories spell it. */
  readonly label: string;
  readonly slug: string;
  /** Site path of the term's page: /topics/grief/. */
  readonly path: string;
  /** Its stories, in the order they were given (newest first when given newest first). */
  readonly stories: readonly S[];
}

export function termPath(kind: TermKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** The labels of one kind that a story carries, as written in its entry. */
export function labelsOf(story: Story, kind: TermKind): readonly string[] {
  const value = story.data[TERM_KINDS[kind].field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Labels that differ only in case, spacing or Unicode form are one term. */
export function termKey(label: string): string {
  return label.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');
}

/**
 * A readable ASCII slug; a label with nothing a URL can spell (all
 * punctuation, say) gets a stable one from its hash.
 */
function baseSlug(key: string): string {
  return slugify(key) || `term-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/**
 * Every term of one kind, sorted by label, from each story's `labels` (by
 * default its entry's). Slugs are unique within the kind and do not depend on
 * story order: labels whose slugs clash are numbered (-2, -3 …) in the order
 * of their keys.
 */
export function collectTerms<S extends Story>(
  stories: readonly S[],
  kind: TermKind,
  labels: (story: S) => readonly string[] = (story) => labelsOf(story, kind),
): Term<S>[] {
  const groups = new Map<string, { spellings: Map<string, number>; stories: S[] }>();
  for (const story of stories) {
    for (const label of new Set(labels(story).map((l) => l.replace(/\s+/gu, ' ').trim()))) {
      const key = termKey(label);
      const group = groups.get(key) ?? { spellings: new Map<string, number>(), stories: [] as S[] };
      group.spellings.set(label, (group.spellings.get(label) ?? 0) + 1);
      if (group.stories.at(-1) !== story) group.stories.push(story);
      groups.set(key, group);
    }
  }
  const taken = new Set<string>();
  const terms = [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const label = [...group.spellings].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]![0];
    const base = baseSlug(key);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return { kind, label, slug, path: termPath(kind, slug), stories: group.stories };
  });
  return terms.sort((a, b) => a.label.localeCompare(b.label, 'en') || a.slug.localeCompare(b.slug));
}

/** Finds a story's terms by label: for linking the labels shown on a story page. */
export function termsByKey<S extends Story>(terms: readonly Term<S>[]): (label: string) => Term<S> | undefined {
  const byKey = new Map(terms.map((term) => [termKey(term.label), term]));
  return (label) => byKey.get(termKey(label));
}
