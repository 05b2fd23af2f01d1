import { seededRandom } from './corpus.ts';
import type { Generated } from './corpus.ts';

/**
 * A deterministic corpus of Markdown sources as a newsroom's export gives
 * them: YAML front matter (title, date, author, source, tags) and a body of
 * 600–900 words that names many people, most of them once or twice, some in
 * several stories, the way a city desk's copy does. The same seed gives the
 * same bytes.
 */

const FIRST_NAMES = (
  'Rosa Tom Maya Luis Priya Sam Nadia Elena Marcus Grace Omar Hannah Diego Fatima Victor Irene Kofi Ingrid ' +
  'Jamal Lena Pavel Aisha Hugo Mei Tariq Clara Rafael Yusuf Brigid Anton Keiko Desmond Lucia Emeka Sofia ' +
  'Gareth Amara Felix Noor Bruno'
).split(' ');
const SURNAMES = (
  'Delgado Reyes Chen Ortega Raman Okafor Karim Vasquez Whitfield Lindqvist Haddad Moreau Novak Adeyemi ' +
  'Castillo Brennan Takahashi Mendel Osei Petrov Albrecht Fontaine Kowalski Nakamura Ferreira Duarte ' +
  'Gallagher Mbeki Sorensen Abernathy Quintero Halvorsen Iwu Marchetti Obi Carvalho Lindgren Rahman Byrne Esposito'
).split(' ');
const ROLES = (
  'the mayor|a city council member|the police chief|a union organiser|the school superintendent|' +
  'a local shop owner|the county judge|a spokeswoman for the utility|the transit director|a nurse at the hospital|' +
  'the harbor master|a longtime resident|the state senator|an economist at the university'
).split('|');
const WORDS = (
  'council city state river harbor school police market budget election court bridge storm water transit park ' +
  'library museum hospital union workers farmers residents voters company announced approved rejected delayed ' +
  'opened closed reported warned agreed planned expected during after before million percent week month year ' +
  'morning evening north south east west new old first last public private local'
).split(' ');
const SECTIONS = ['City', 'Politics', 'Business', 'Courts', 'Schools', 'Transit', 'Weather', 'Health', 'Environment'];
const PUBLICATIONS = ['The Daily Ledger', 'The Coastal Herald', 'The Valley Times', 'Metro Wire', 'The Evening Post'];

export function makeMarkdownCorpus(count: number, seed = 7): Generated[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const person = () => `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  /** A sentence of about a dozen words, one in two naming someone. */
  const sentence = (cast: readonly string[]) => {
    const shape = Math.floor(random() * 6);
    if (shape === 0) return `${capitalised(words(6))}, said ${pick(cast)}, ${pick(ROLES)}.`;
    if (shape === 1) return `"${capitalised(words(9))}," ${pick(cast)} said.`;
    if (shape === 2) return `${pick(cast)} and ${pick(cast)} ${words(8)}.`;
    return `${capitalised(words(8 + Math.floor(random() * 10)))}.`;
  };
  const files: Generated[] = [];
  for (let i = 0; i < count; i += 1) {
    const cast = Array.from({ length: 4 + Math.floor(random() * 6) }, person);
    // Sentences run to about 20 words: stopping at the target leaves the body between 600 and 900 words.
    const target = 600 + Math.floor(random() * 280);
    const paragraphs: string[] = [];
    let wordCount = 0;
    while (wordCount < target) {
      const sentences: string[] = [];
      for (let k = 2 + Math.floor(random() * 3); k > 0 && wordCount < target; k -= 1) {
        sentences.push(sentence(cast));
        wordCount += sentences.at(-1)!.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
      if (paragraphs.length === 4) {
        paragraphs.push(`## ${capitalised(words(4))}`);
        wordCount += 4;
      }
    }
    const date = `${1990 + Math.floor(random() * 35)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const tags = [pick(SECTIONS), pick(SECTIONS)].filter((tag, k, all) => all.indexOf(tag) === k);
    const front = [
      '---',
      `title: "${capitalised(words(7))} ${i}"`,
      `date: ${date}`,
      `author: ${person()}`,
      `source: ${pick(PUBLICATIONS)}`,
      'tags:',
      ...tags.map((tag) => `  - ${tag}`),
      '---',
    ].join('\n');
    files.push({ name: `story-${String(i).padStart(6, '0')}.md`, text: `${front}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return files;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
