import { candidatePairs, gapDays, type Dated } from './candidate-pairs.ts';
import { termsOf } from './terms.ts';
import { buildTfIdf, cosine, topTerms } from './tf-idf.ts';
import { clusterLinks } from './cluster-links.ts';

export interface ThreadInput extends Dated {
  /** Unique and stable: the story's path. The earliest story's key names its thread. */
  readonly key: string;
  readonly people: readonly string[];
  readonly topics: readonly string[];
  /** The story's text: headline and body. */
  readonly text: string;
  /** The editor's word, from the entry: a thread id to put the story in, or false for none. */
  readonly pin?: string | false | undefined;
}

export interface GroupedThread {
  /** From the key of its earliest story (see threadId), or the id stories were pinned to. */
  readonly id: string;
  /** Indexes into the input, earliest first (ties by key). */
  readonly members: readonly number[];
}

/** A group of stories with the lead of its earliest story: the first paragraph of that story's own words (not a quoted post). */
export interface LeadingThread extends GroupedThread {
  readonly lead: string;
}

/**
 * The tuning, measured on tests/support/thread-corpus.ts and the bundled
 * articles (see BENCHMARKS.md): a pair of stories is linked when the cosine of
 * their TF-IDF vectors (words, with the entry's people and topics as extra
 * terms) × a decay for the days between them reaches `threshold`.
 */
export const THREAD_TUNING = {
  threshold: 0.25,
  /**
   * Only the start of each story is read: news puts the event in the lede, and
   * on the bundled articles the first 2,000 characters match each other as well
   * as the whole text does, at a fraction of the cost.
   */
  textCharacters: 2000,
  /** Each person the entry names counts as a word this many times: naming the same people weighs as much as sharing rare words. */
  personWeight: 3,
  /** Each topic likewise: topics are broader than people, so they weigh less. */
  topicWeight: 2,
  /**
   * Documents assumed besides the archive's own when weighing words, so a
   * small archive (five stories of one event) does not make every shared word
   * worthless: see tf-idf.ts.
   */
  backgroundDocuments: 50,
  /** Two groups join when the links between them number this share of the smaller group (see cluster-links.ts). */
  linkShare: 0.5,
  /** Stories this close in time are not penalised at all. */
  graceDays: 30,
  /** Beyond the grace, the score halves every this many days. */
  halfLifeDays: 90,
  /** Only stories at most this far apart are compared. */
  windowDays: 90,
  /** Per key, each story is compared with at most this many later ones. */
  neighbours: 25,
  /** Each story is indexed under its people and this many of its most telling words. */
  topTerms: 8,
} as const;

export type ThreadTuning = Record<keyof typeof THREAD_TUNING, number>;

/** A site-path-like key as an id: "/2020/10/01/loss/" → "2020-10-01-loss". */
export function threadId(key: string): string {
  return key.split('/').filter(Boolean).join('-');
}

const labelKey = (label: string) => label.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');
const personKey = (name: string) => `p:${labelKey(name)}`;

/**
 * Groups stories about one event into threads: candidate pairs (see
 * candidate-pairs.ts) scored (see THREAD_TUNING), the links joined into
 * groups by cluster-links.ts. Stories an editor pinned take no part in
 * linking and go where the pin says; `false` keeps a story out of every thread.
 * A thread has at least two stories. Deterministic for the same input set,
 * whatever its order. Throws when a pin names a thread no other story is in.
 */
export function groupThreads(inputs: readonly ThreadInput[], tuning: ThreadTuning = THREAD_TUNING): GroupedThread[] {
  // Sorting first makes the result independent of the order given.
  const order = inputs.map((_, i) => i).sort((a, b) => compareInputs(inputs[a]!, inputs[b]!));
  const stories = order.map((i) => inputs[i]!);
  const tfIdf = buildTfIdf(
    stories.map((story) => [
      ...termsOf(story.text.slice(0, tuning.textCharacters)),
      ...story.people.flatMap((person) => Array<string>(tuning.personWeight).fill(personKey(person))),
      ...story.topics.flatMap((topic) => Array<string>(tuning.topicWeight).fill(`t:${labelKey(topic)}`)),
    ]),
    tuning.backgroundDocuments,
  );
  const free = (i: number) => stories[i]!.pin === undefined;
  const pairs = candidatePairs(
    stories,
    (i) =>
      free(i)
        ? [
            ...stories[i]!.people.map(personKey),
            ...topTerms(tfIdf.vectors[i]!, tuning.topTerms)
              .filter((id) => tfIdf.documentFrequency[id]! > 1)
              .map((id) => `w:${id}`),
          ]
        : [],
    tuning,
  );
  const links = pairs
    .map(([a, b]) => ({
      a,
      b,
      score: linkScore(stories[a]!, stories[b]!, cosine(tfIdf.vectors[a]!, tfIdf.vectors[b]!), tuning),
    }))
    .filter((link) => link.score >= tuning.threshold);
  const sets = clusterLinks(stories.length, links, tuning.linkShare);
  const threads = new Map<string, number[]>();
  for (const group of sets.groups()) {
    if (group.length < 2 || !free(group[0]!)) continue;
    threads.set(threadId(stories[group[0]!]!.key), group);
  }
  stories.forEach((story, i) => {
    if (typeof story.pin !== 'string') return;
    const thread = threads.get(story.pin);
    if (thread) thread.push(i);
    else threads.set(story.pin, [i]);
  });
  return [...threads]
    .map(([id, members]) => {
      if (members.length < 2) {
        const story = stories[members[0]!]!;
        throw new Error(
          `${story.key}: thread: "${id}" names no thread: no other story is in it. Use the id of a thread at /threads/, the same id on two or more stories, or remove the field.`,
        );
      }
      return { id, members: members.sort((a, b) => a - b) };
    })
    .sort((a, b) => a.members[0]! - b.members[0]! || a.id.localeCompare(b.id))
    .map(({ id, members }) => ({ id, members: members.map((i) => order[i]!) }));
}

function compareInputs(a: ThreadInput, b: ThreadInput): number {
  return a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Similarity, discounted for the days between the stories beyond the grace period. */
function linkScore(a: ThreadInput, b: ThreadInput, similarity: number, tuning: ThreadTuning): number {
  const gap = Math.max(0, gapDays(a, b) - tuning.graceDays);
  return similarity * 0.5 ** (gap / tuning.halfLifeDays);
}
