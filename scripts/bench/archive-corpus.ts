import { MONTH_NAMES } from '../../src/entry/month-names.ts';
import { seededRandom, wrap, type Generated } from './corpus.ts';
import {
  FIRST_NAMES,
  FUNCTION_WORDS,
  NEWS_WORDS,
  PLACES,
  PUBLICATIONS,
  ROLES,
  SURNAMES,
  TOPICS,
  pseudoWords,
} from './vocabulary.ts';
import { zipfPicker } from './zipf.ts';

/**
 * A deterministic archive of `count` plain-text sources for the full-site
 * benchmark, written as archivists bring them (see content/sources/): a
 * headline, sometimes a standfirst, a byline, a date line in one of several
 * spellings, a "Source:" line naming the publication, then the story, hard
 * wrapped or indented in some files, with quoted speech attributed to
 * recurring people. Lengths vary from briefs to long features (about 700
 * words on average), dates spread over 1950–2025, weighted to recent years.
 *
 * Plain text states no topics, so topics come the way this archive's own
 * sources get them: an editor's content/overrides.yaml (`overridesYaml`).
 * `ingestYaml` maps the publications' several spellings to one name.
 * The same count and seed give the same bytes.
 */
export interface ArchiveCorpus {
  /** Files for content/sources/, named relative to it. */
  readonly sources: readonly Generated[];
  readonly overridesYaml: string;
  readonly ingestYaml: string;
  /**
   * Query words for the search timing: the content word in the most stories,
   * a word in a single story, and one in every story (each quote's "said").
   */
  readonly searchWords: { readonly common: string; readonly rare: string; readonly everyStory: string };
}

const TOPICS_REASON = "Subject headings assigned by the archive's editors.";

/**
 * Where content words start in English's ranking of all words: after about
 * sixty function words. With Zipf's law (frequency ∝ 1 / rank) this makes
 * the commonest content word about 0.1% of running text, in about half the
 * stories, as the commonest nouns of news prose are (e.g. "city", "year"),
 * instead of a few percent of every story.
 */
const CONTENT_RANK_OFFSET = 60;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Month names as wire copy abbreviates them ("Sept. 1, 2020"; March to July in full). */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function makeArchiveCorpus(
  count: number,
  seed = 7,
  { dateLine: givenDateLine }: { dateLine?: string } = {},
): ArchiveCorpus {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

  // One ranked content vocabulary: the news words, then made-up words. The
  // tail grows with the archive, as a real archive's vocabulary does.
  const contentVocabulary = [...NEWS_WORDS, ...pseudoWords(20_000 + 5 * count, random)];
  const rankedContentWord = zipfPicker(contentVocabulary, random, 1, CONTENT_RANK_OFFSET);
  const people = shuffled(
    FIRST_NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`)),
    random,
  ).slice(0, 4000);
  const person = zipfPicker(people, random, 0.8);
  const topic = zipfPicker(TOPICS, random, 0.9);
  const publication = zipfPicker(PUBLICATIONS, random, 0.7);

  // Document frequency of content words, to choose the search words afterwards.
  const documentFrequency = new Map<string, number>();
  let seenInStory = new Set<string>();
  const contentWord = () => {
    const word = rankedContentWord();
    if (!seenInStory.has(word)) {
      seenInStory.add(word);
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    return word;
  };
  const sentence = () => {
    const words: string[] = [];
    for (let i = 0, length = between(8, 28); i < length; i += 1) {
      const roll = random();
      if (roll < 0.45) words.push(pick(FUNCTION_WORDS));
      else if (roll < 0.47) words.push(pick(PLACES));
      else if (roll < 0.49) words.push(String(between(2, 950)));
      else words.push(contentWord());
    }
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(1, 4) }, sentence).join(' ');

  const sources: Generated[] = [];
  const overrides: string[] = [];
  for (let i = 0; i < count; i += 1) {
    seenInStory = new Set();
    const name = `story-${String(i).padStart(6, '0')}.txt`;
    const cast = [...new Set(Array.from({ length: between(1, 4) }, person))];
    const paragraphs = Array.from(
      { length: Math.min(70, Math.max(3, Math.round(Math.exp(2.6 + 0.55 * gaussian())))) },
      paragraph,
    );
    paragraphs[0] = `${pick(PLACES).toUpperCase()} — ${paragraphs[0]}`;
    cast.forEach((full, n) => {
      const surname = full.split(' ').at(-1)!;
      const at = Math.min(paragraphs.length, 1 + n * 2 + between(0, 2));
      const quote = sentence().replace(/\.$/, ',');
      paragraphs.splice(at, 0, `"${quote}" said ${full}, ${pick(ROLES)}. ${sentence()}`);
      paragraphs.splice(Math.min(paragraphs.length, at + 2), 0, `"${sentence()}" ${surname} said.`);
    });
    if (random() < 0.05) {
      paragraphs.splice(2, 0, Array.from({ length: between(3, 5) }, () => `- ${sentence()}`).join('\n'));
    }
    const headlineWords = Array.from({ length: between(5, 10) }, () =>
      random() < 0.25 ? pick(FUNCTION_WORDS) : contentWord(),
    );
    if (random() < 0.3) headlineWords.push('in', pick(PLACES));
    const headline = headlineWords.join(' ').replace(/^./, (c) => c.toUpperCase());
    const dek = random() < 0.4 ? sentence() : undefined;
    const byline =
      random() < 0.08
        ? 'By Staff'
        : random() < 0.15
          ? `By ${pick(FIRST_NAMES)} ${pick(SURNAMES)} and ${pick(FIRST_NAMES)} ${pick(SURNAMES)}`
          : `By ${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
    const source = random() < 0.9 ? `Source: ${pick(publication().stated)}` : undefined;
    // A given date line takes the place of the drawn one, which is drawn all the same so the rest stays as it was.
    const drawnDateLine = dateLine(random);
    const head = [
      headline,
      '',
      ...(dek ? [dek, ''] : []),
      byline,
      givenDateLine ?? drawnDateLine,
      ...(source ? [source] : []),
    ];

    const shape = i % 5;
    const body =
      shape === 1
        ? paragraphs.map((p) => (p.startsWith('- ') ? p : wrap(p, 70))).join('\n\n')
        : shape === 2
          ? paragraphs.map((p) => (p.startsWith('- ') ? p : `    ${wrap(p, 66)}`)).join('\n')
          : paragraphs.join('\n\n');
    sources.push({ name, text: `${head.join('\n')}\n\n${body}\n` });

    if (random() < 0.95) {
      const topics = [...new Set(Array.from({ length: between(1, 3) }, topic))];
      overrides.push(`${name}:\n  topics: ${JSON.stringify(topics)}\n  reason: ${JSON.stringify(TOPICS_REASON)}\n`);
    }
  }

  return {
    sources,
    overridesYaml: `# Topics for the benchmark's generated sources, as an editor would assign them.\n\n${overrides.join('\n')}`,
    ingestYaml: ingestSettings(),
    searchWords: chooseSearchWords(documentFrequency, count),
  };
}

/** One date line, in the spellings plain-text sources use. */
function dateLine(random: () => number): string {
  const year = 2025 - Math.floor(75 * random() ** 1.6);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  const monthName = MONTH_NAMES[month]!;
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  switch (Math.floor(random() * 5)) {
    case 0: {
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()];
      const hour = 1 + Math.floor(random() * 12);
      const minute = String(Math.floor(random() * 60)).padStart(2, '0');
      return `Published ${hour}:${minute} ${random() < 0.5 ? 'AM' : 'PM'} ET, ${weekday} ${monthName} ${day}, ${year}`;
    }
    case 1:
      return `${monthName} ${day}, ${year}`;
    case 2:
      return `Published ${day} ${monthName} ${year}`;
    case 3:
      return ` date ${iso}`;
    default:
      return `${AP_MONTHS[month]} ${day}, ${year}`;
  }
}

function ingestSettings(): string {
  const lines = PUBLICATIONS.map(
    (p) => `  ${JSON.stringify(p.canonical)}: ${JSON.stringify(p.stated.filter((stated) => stated !== p.canonical))}`,
  );
  return `maxFileSize: "20 MB"\npublications:\n${lines.join('\n')}\npeople:\n  allow: []\n  deny: []\n`;
}

/**
 * The common word: the content word in the most stories. The rare word: a
 * made-up word in exactly one story (first in code-point order, so the
 * choice is stable), long enough that no stem of a commoner word matches it.
 */
function chooseSearchWords(frequency: ReadonlyMap<string, number>, count: number) {
  let common = '';
  let rare = '';
  for (const [word, stories] of frequency) {
    if (stories > (frequency.get(common) ?? 0)) common = word;
    if (stories === 1 && word.length >= 8 && !NEWS_WORDS.includes(word) && (rare === '' || word < rare)) rare = word;
  }
  if (!rare) throw new Error(`archive corpus: no word occurs in exactly one of ${count} stories`);
  return { common, rare, everyStory: 'said' };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
