/**
 * A labelled corpus for story threads: nine made-up events reported over the
 * same weeks of autumn 2020, each by several outlets, plus one-off stories
 * that belong to no thread. Hard cases on purpose: two fires in different
 * towns in the same fortnight, one governor in three unrelated events, one
 * health official in the vaccine trial and the school closures, and every
 * story written from the same sentence templates and stock filler.
 * Deterministic: a seeded generator.
 */
import type { ThreadInput } from '../../src/lib/threads/group-threads.ts';
import { seededRandom } from '../../scripts/bench/corpus.ts';

export interface LabelledStory extends ThreadInput {
  /** The event the story reports, or null for a one-off story. */
  readonly label: string | null;
}

interface Event {
  readonly label: string;
  readonly place: string;
  readonly words: readonly string[];
  readonly people: readonly string[];
  readonly topics: readonly string[];
  /** Day of October 2020 the coverage starts, and how many days it runs. */
  readonly startDay: number;
  readonly spanDays: number;
  readonly stories: number;
}

export const CORPUS_EVENTS: readonly Event[] = [
  {
    label: 'flood',
    topics: ['Weather', 'Disasters'],
    place: 'Millbrook',
    words: [
      'flood',
      'river',
      'levee',
      'evacuation',
      'sandbags',
      'rainfall',
      'Calder',
      'rescue',
      'shelters',
      'floodwater',
    ],
    people: ['Ana Ruiz', 'Peter Hale'],
    startDay: 3,
    spanDays: 20,
    stories: 8,
  },
  {
    label: 'budget',
    topics: ['Politics', 'State budget'],
    place: 'the capitol',
    words: [
      'budget',
      'deficit',
      'legislature',
      'taxes',
      'spending',
      'appropriations',
      'senators',
      'pension',
      'shortfall',
      'revenue',
    ],
    people: ['Ana Ruiz', 'Derek Moss'],
    startDay: 5,
    spanDays: 35,
    stories: 7,
  },
  {
    label: 'strike',
    topics: ['Labour'],
    place: 'Eastport',
    words: [
      'strike',
      'dockworkers',
      'union',
      'wages',
      'picket',
      'containers',
      'negotiations',
      'shipping',
      'contract',
      'terminal',
    ],
    people: ['Lena Ortiz'],
    startDay: 10,
    spanDays: 25,
    stories: 6,
  },
  {
    label: 'recount',
    topics: ['Politics', 'Elections'],
    place: 'Harlow County',
    words: [
      'recount',
      'ballots',
      'canvass',
      'precinct',
      'certification',
      'margin',
      'observers',
      'lawsuit',
      'tabulation',
      'clerk',
    ],
    people: ['Derek Moss', 'Omar Said'],
    startDay: 34,
    spanDays: 21,
    stories: 7,
  },
  {
    label: 'stadium-fire',
    topics: ['Fires'],
    place: 'Kingsfield',
    words: [
      'fire',
      'stadium',
      'blaze',
      'firefighters',
      'arson',
      'investigators',
      'smoke',
      'stands',
      'grandstand',
      'football',
    ],
    people: ['Grace Liu'],
    startDay: 12,
    spanDays: 14,
    stories: 6,
  },
  {
    label: 'warehouse-fire',
    topics: ['Fires'],
    place: 'Dunmore',
    words: [
      'fire',
      'warehouse',
      'blaze',
      'firefighters',
      'chemicals',
      'evacuated',
      'smoke',
      'inspection',
      'fumes',
      'depot',
    ],
    people: ['Ray Cole'],
    startDay: 16,
    spanDays: 12,
    stories: 5,
  },
  {
    label: 'vaccine-trial',
    topics: ['Health'],
    place: 'Brennan University',
    words: [
      'vaccine',
      'trial',
      'volunteers',
      'dose',
      'antibodies',
      'placebo',
      'researchers',
      'efficacy',
      'immune',
      'participants',
    ],
    people: ['Nadia Petrov'],
    startDay: 8,
    spanDays: 40,
    stories: 7,
  },
  {
    label: 'school-closures',
    topics: ['Health', 'Education'],
    place: 'Westfield',
    words: [
      'schools',
      'outbreak',
      'closures',
      'students',
      'district',
      'classrooms',
      'remote',
      'teachers',
      'infections',
      'reopening',
    ],
    people: ['Ana Ruiz', 'Nadia Petrov'],
    startDay: 20,
    spanDays: 25,
    stories: 7,
  },
  {
    label: 'museum-theft',
    topics: ['Crime', 'Arts'],
    place: 'the Halvorsen Museum',
    words: ['painting', 'museum', 'thieves', 'gallery', 'alarm', 'guards', 'heist', 'stolen', 'canvas', 'curator'],
    people: ['Hugo Brandt'],
    startDay: 25,
    spanDays: 30,
    stories: 5,
  },
];

/** One-off stories: their own words, sometimes a person from an event, in the same weeks. */
const ONE_OFFS: readonly {
  words: readonly string[];
  people: readonly string[];
  topics: readonly string[];
  day: number;
}[] = [
  { words: ['marathon', 'runners', 'course', 'finish', 'record', 'medal'], people: [], topics: ['Sport'], day: 11 },
  { words: ['bakery', 'bread', 'ovens', 'flour', 'pastry', 'customers'], people: [], topics: ['Business'], day: 19 },
  {
    words: ['orchestra', 'concert', 'symphony', 'conductor', 'violin', 'audience'],
    people: [],
    topics: ['Arts'],
    day: 24,
  },
  {
    words: ['bridge', 'repairs', 'lanes', 'engineers', 'steel', 'detour'],
    people: ['Ana Ruiz'],
    topics: ['Transport'],
    day: 30,
  },
  {
    words: ['library', 'books', 'readers', 'shelves', 'archive', 'donation'],
    people: ['Peter Hale'],
    topics: ['Arts'],
    day: 36,
  },
  { words: ['zoo', 'elephant', 'keepers', 'enclosure', 'calf', 'visitors'], people: [], topics: [], day: 41 },
];

const TEMPLATES = [
  'Officials in {place} said the {a} had drawn attention from across the region.',
  '{P} told reporters that the {a} and the {b} would be reviewed this week.',
  'The {a} left many residents in {place} asking about the {b}.',
  'Local outlets reported that the {c} and the {d} remained the main concern.',
  '{P} said: "We are doing everything we can about the {a} and the {b}."',
  'By evening the {a} near {place} was still the subject of talks about the {c}.',
  'Critics said the response to the {a} had been slow, citing the {d}.',
  'Questions about the {b} and the {c} are expected to dominate the coming days.',
];

/**
 * Generic prose: made-up words (two or three syllables) drawn with a Zipf-like
 * distribution over a vocabulary of ~8,000, as running text has a few common
 * words and a long tail. Stories of one event share their event's words;
 * any two stories share some common filler words, as real ones do.
 */
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'van',
  'dro',
  'sel',
  'ump',
  'bri',
  'nor',
  'fas',
  'gle',
  'tin',
  'rop',
  'wes',
  'cal',
  'dun',
  'har',
  'pel',
  'sor',
];
const VOCABULARY = SYLLABLES.flatMap((a) =>
  SYLLABLES.flatMap((b) => [`${a}${b}`, ...SYLLABLES.map((c) => `${a}${b}${c}`)]),
);

const OCTOBER_1_2020 = Date.UTC(2020, 9, 1) / 86_400_000;

function storyText(random: () => number, place: string, words: readonly string[], people: readonly string[]) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const fill = (template: string) =>
    template
      .replaceAll('{place}', place)
      .replaceAll('{P}', people.length > 0 ? pick(people) : 'A spokesperson')
      .replace(/\{[abcd]\}/gu, () => pick(words));
  // Log-uniform rank: close to Zipf's law with exponent 1.
  const word = () => VOCABULARY[Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1]!;
  const generic = () => `${Array.from({ length: 8 }, word).join(' ')}.`;
  const sentences = [...Array.from({ length: 5 }, () => fill(pick(TEMPLATES))), ...Array.from({ length: 4 }, generic)];
  const headline = `${place}: ${pick(words)} and ${pick(words)}`;
  return `${headline}\n\n${sentences.join(' ')}`;
}

export function threadCorpus(seed = 9): LabelledStory[] {
  const random = seededRandom(seed);
  const stories: LabelledStory[] = [];
  for (const event of CORPUS_EVENTS) {
    for (let n = 1; n <= event.stories; n += 1) {
      const day = OCTOBER_1_2020 + event.startDay + Math.floor(random() * event.spanDays);
      const people = event.people.filter(() => random() < 0.7);
      const topics = event.topics.filter(() => random() < 0.8);
      stories.push({
        key: `/${event.label}/${n}/`,
        label: event.label,
        start: day,
        end: day,
        people,
        topics,
        text: storyText(random, event.place, event.words, people),
      });
    }
  }
  ONE_OFFS.forEach((one, n) => {
    const day = OCTOBER_1_2020 + one.day;
    stories.push({
      key: `/one-off/${n + 1}/`,
      label: null,
      start: day,
      end: day,
      people: one.people,
      topics: one.topics,
      text: storyText(random, 'the city', one.words, one.people),
    });
  });
  return stories;
}

/** One more story of an event, dated after its others: for the stability test. */
export function extraStory(label: string, seed = 99): LabelledStory {
  const event = CORPUS_EVENTS.find((e) => e.label === label)!;
  const random = seededRandom(seed);
  const day = OCTOBER_1_2020 + event.startDay + event.spanDays + 2;
  return {
    key: `/${event.label}/extra/`,
    label,
    start: day,
    end: day,
    people: event.people,
    topics: event.topics,
    text: storyText(random, event.place, event.words, event.people),
  };
}

/** Pairwise precision and recall of a grouping against the labels: a pair is "together" when both are in one thread. */
export function pairwiseScore(
  stories: readonly LabelledStory[],
  threads: readonly { members: readonly number[] }[],
): { precision: number; recall: number; predictedPairs: number; truePairs: number } {
  const threadOf = new Map<number, number>();
  threads.forEach((thread, t) => thread.members.forEach((m) => threadOf.set(m, t)));
  let predicted = 0;
  let truth = 0;
  let both = 0;
  for (let i = 0; i < stories.length; i += 1) {
    for (let j = i + 1; j < stories.length; j += 1) {
      const together = threadOf.has(i) && threadOf.get(i) === threadOf.get(j);
      const same = stories[i]!.label !== null && stories[i]!.label === stories[j]!.label;
      if (together) predicted += 1;
      if (same) truth += 1;
      if (together && same) both += 1;
    }
  }
  return {
    precision: predicted ? both / predicted : 1,
    recall: truth ? both / truth : 1,
    predictedPairs: predicted,
    truePairs: truth,
  };
}

/** A story of the synthetic archive: grouping input plus its body as HTML paragraphs, as the build reads it. */
export interface SyntheticStory extends LabelledStory {
  readonly html: string;
}

/**
 * A large archive for the cost benchmark: `count` stories over three years,
 * events of 1 to 11 stories (a third of stories one-offs), each event with
 * its own made-up words, people from a pool of 2,000 and topics from 60,
 * about 400 words a story in HTML paragraphs, each event's stories sharing
 * a quote.
 */
export function syntheticArchive(count: number, seed = 10_000): SyntheticStory[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => VOCABULARY[Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1]!;
  const name = (n: number) =>
    `${SYLLABLES[n % 20]!.toUpperCase()}${SYLLABLES[(n >> 2) % 20]} ${SYLLABLES[(n >> 4) % 20]!.toUpperCase()}${SYLLABLES[n % 13]}${SYLLABLES[(n >> 6) % 20]}`;
  const stories: SyntheticStory[] = [];
  for (let event = 0; stories.length < count; event += 1) {
    const size = random() < 0.33 ? 1 : 2 + Math.floor(random() * 10);
    const words = Array.from({ length: 12 }, () => `${word()}${word()}`);
    const people = Array.from({ length: 1 + Math.floor(random() * 3) }, () => name(Math.floor(random() * 2000)));
    const topics = [`Topic ${Math.floor(random() * 60)}`];
    const start = Date.UTC(2018, 0, 1) / 86_400_000 + Math.floor(random() * 1000);
    const shared = Array.from({ length: 12 }, () => pick(words)).join(' ');
    for (let n = 0; n < size && stories.length < count; n += 1) {
      const day = start + Math.floor(random() * 30);
      const sentence = () => Array.from({ length: 12 }, () => (random() < 0.3 ? pick(words) : word())).join(' ');
      const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 5 }, sentence).join('. ') + '.');
      paragraphs.splice(2, 0, `“${shared},” ${people[0]} said.`, `"${sentence()} ${sentence()}," said ${people[0]}.`);
      const text = paragraphs.join('\n');
      stories.push({
        key: `/${event}/${n}/`,
        label: size > 1 ? String(event) : null,
        start: day,
        end: day,
        people,
        topics,
        text: `${pick(words)} ${pick(words)}\n${text}`,
        html: paragraphs.map((p) => `<p>${p.replaceAll('&', '&#x26;')}</p>`).join('\n'),
      });
    }
  }
  return stories;
}
