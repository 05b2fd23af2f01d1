/**
 * The words, names, places, topics and publications the archive benchmark's
 * corpus is written with (scripts/bench/archive-corpus.ts). Real English for
 * the frequent words, so stemming and stop words behave as on real text;
 * a long tail of made-up words (see pseudoWords) so the search index has a
 * vocabulary the size a real archive's has.
 */

/** Glue words: about half of running English text. */
export const FUNCTION_WORDS = (
  'the the the the of of of and and and to to to a a in in that is was for on with as by at from it ' +
  'his her their its this which be were has have had not but or an will would could also more than ' +
  'after before about into over under between while when where who they he she we'
).split(' ');

/**
 * Content words of news prose, most frequent first: the first ranks of the
 * content vocabulary, which the made-up words (pseudoWords) continue. Each
 * word once (a repeat would double its frequency).
 */
export const NEWS_WORDS = [
  ...new Set(
    (
      'city council state year police officials people school government public new court county plan ' +
      'million week report water federal health board program members department market community local ' +
      'president company workers money percent business election project service law families budget ' +
      'residents building hospital children center money bill agency district group housing national ' +
      'union meeting vote voters tax taxes prices safety road bridge river harbor transit train airport ' +
      'storm flood fire drought power energy oil gas farm farmers crops weather summer winter spring ' +
      'autumn morning evening night history museum library university students teachers college ' +
      'study research scientists doctors patients nurses virus vaccine treatment insurance pension ' +
      'retirement jobs factory plant wages strike contract lawsuit judge jury trial verdict appeal ' +
      'sentence prison arrest investigation charges evidence witness lawyer attorney prosecutor senate ' +
      'assembly governor mayor campaign candidate ballot primary majority minority coalition opposition ' +
      'reform proposal policy regulation permit license zoning development neighborhood downtown suburb ' +
      'highway traffic parking ferry port shipping cargo trade exports imports tariff economy inflation ' +
      'interest bank loan mortgage debt deficit revenue spending grant fund donation charity festival ' +
      'concert theater film music artist gallery exhibit season team coach game players league stadium ' +
      'championship record fans ticket church parish ceremony anniversary memorial veterans soldiers army ' +
      'navy base border treaty talks agreement delegation minister embassy refugees aid shelter volunteers ' +
      'council chamber hearing testimony committee chairman chairwoman spokesman spokeswoman statement ' +
      'interview survey poll census population growth decline shortage surplus crisis emergency recovery ' +
      'damage repairs construction demolition design architect engineer contractor inspection audit ' +
      'accident collision injuries victims survivors rescue search hospitalized killed missing found ' +
      'announced approved rejected delayed opened closed reported warned agreed planned expected ' +
      'increased reduced raised cut signed vetoed passed filed ordered ruled denied confirmed disputed ' +
      'early late first last major minor former current annual quarterly regional rural urban coastal ' +
      'northern southern eastern western historic modern private independent official unofficial ' +
      'temporary permanent dozens hundreds thousands several numerous nearly almost roughly'
    ).split(' '),
  ),
];

export const FIRST_NAMES = (
  'Rosa Tom Maya Luis Priya Sam Nadia James Mary Robert Patricia John Jennifer Michael Linda David ' +
  'Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy ' +
  'Matthew Lisa Anthony Betty Mark Margaret Donald Sandra Steven Ashley Paul Kimberly Andrew Emily ' +
  'Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Edward Deborah Ronald ' +
  'Stephanie Timothy Rebecca Jason Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen ' +
  'Nicholas Amy Eric Shirley Jonathan Angela Larry Anna Frank Ruth Scott Brenda Raymond Pamela ' +
  'Walter Virginia Harold Evelyn Arthur Irene Carl Gloria Ahmed Fatima Wei Mei Hiroshi Yuki Olga ' +
  'Ivan Carmen Diego Lucia Mateo Amara Kwame Ingrid Lars Sofia Marco Elena'
).split(' ');

export const SURNAMES = (
  'Delgado Reyes Chen Ortega Raman Okafor Karim Smith Johnson Williams Brown Jones Garcia Miller ' +
  'Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson ' +
  'Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen ' +
  'King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell ' +
  'Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Stewart Morris Murphy ' +
  'Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson ' +
  'Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell ' +
  'Sullivan Fischer Novak Kowalski Petrov Tanaka Yamamoto Kim Park Singh Patel Haddad Mensah Larsen ' +
  'Rossi Bianchi Moreau Dubois Schneider Weber Silva Santos Costa Ferreira Oliveira'
).split(' ');

export const ROLES = (
  'the mayor|a city council member|the county executive|a state senator|the police chief|a spokeswoman for the agency|' +
  'a spokesman for the company|the school superintendent|a union organizer|a local business owner|a longtime resident|' +
  'the board chairwoman|an economist at the state university|a lawyer for the plaintiffs|the fire chief|a historian|' +
  'the project manager|a neighbor|the hospital director|a farmer'
).split('|');

export const PLACES = (
  'Riverside|Millbrook|Harbor Point|Oak Valley|Cedar Falls|Port Ellis|North Haven|Westfield|Lakeview|Stonebridge|' +
  'Fairmont|Glenwood|Brighton|Ashford|Clearwater|Marlow|Pine Ridge|Eastport|Kingsley|Summerville'
).split('|');

/** Subject headings an editor assigns; the first are the most used. */
export const TOPICS = (
  'Local government|Elections|Crime and courts|Education|Health|Business|Transportation|Environment|' +
  'Housing|Weather|Labor|Agriculture|Arts and culture|Sports|Religion|Military and veterans|' +
  'Immigration|Energy|Science|Technology|History|Public safety|Budget and taxes|Infrastructure|' +
  'Obituaries|Tourism|Water|Disasters|Courts|Higher education|Media|Trade|Real estate|Parks|' +
  'Public transit|Aviation|Fishing|Festivals|Libraries|Civil rights'
).split('|');

/**
 * Publications as sources state them ("Source: …"), with the canonical
 * name content/ingest.yaml maps them to; several spellings of one name test
 * that mapping at scale.
 */
export const PUBLICATIONS: readonly { readonly stated: readonly string[]; readonly canonical: string }[] = [
  { canonical: 'The Daily Ledger', stated: ['The Daily Ledger', 'Daily Ledger', 'dailyledger.com'] },
  { canonical: 'The Coastal Herald', stated: ['The Coastal Herald', 'Coastal Herald', 'coastalherald.com'] },
  { canonical: 'The Valley Times', stated: ['The Valley Times', 'Valley Times'] },
  { canonical: 'The Associated Press', stated: ['AP', 'Associated Press', 'apnews.com'] },
  { canonical: 'Reuters', stated: ['Reuters', 'reuters.com'] },
  { canonical: 'The Evening Star', stated: ['The Evening Star', 'Evening Star'] },
  { canonical: 'Harbor Point Gazette', stated: ['Harbor Point Gazette'] },
  { canonical: 'The Morning Courier', stated: ['The Morning Courier', 'Morning Courier'] },
  { canonical: 'Northern Observer', stated: ['Northern Observer', 'northernobserver.org'] },
  { canonical: 'The Weekly Sentinel', stated: ['The Weekly Sentinel'] },
];

const SYLLABLES = (
  'ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go la le li lo lu ma me mi mo mu na ne ni no ' +
  'pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ar er in on or an en al el ul st tr br ' +
  'pl gr dr cl fr sh th ch'
).split(' ');
const ENDINGS = ['', '', 'n', 'r', 's', 'l', 'x', 'th', 'nd', 'st', 'ck', 'm'];

/**
 * `count` distinct made-up lowercase words of 2–4 syllables: the rare
 * words of the archive (names of things, jargon, misspellings), which is
 * what makes a real search index large.
 */
export function pseudoWords(count: number, random: () => number): string[] {
  const real = new Set([...FUNCTION_WORDS, ...NEWS_WORDS]);
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    word += ENDINGS[Math.floor(random() * ENDINGS.length)];
    if (!real.has(word)) words.add(word);
  }
  return [...words];
}
