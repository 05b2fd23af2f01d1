/**
 * One spelling per publication. A table maps each canonical name to the
 * aliases sources use for it: other spellings, abbreviations and web
 * domains. The archive ships a modest default table; the archivist's own
 * table (content/ingest.yaml) is merged over it and wins.
 *
 * Matching ignores case, accents, punctuation and a leading "The"; a domain
 * alias also matches its URLs, its subdomains (www., edition. …) and the
 * same name under another top-level domain.
 */
export type PublicationTable = ReadonlyMap<string, readonly string[]>;

export const DEFAULT_PUBLICATIONS: PublicationTable = new Map<string, readonly string[]>([
  ['The Associated Press', ['AP', 'Associated Press', 'The AP', 'AP News', 'apnews.com', 'ap.org']],
  ['Reuters', ['Thomson Reuters', 'Reuters News', 'reuters.com']],
  ['Agence France-Presse', ['AFP', 'Agence France Presse', 'France-Presse', 'afp.com']],
  ['BBC News', ['BBC', 'BBC Online', 'bbc.co.uk', 'bbc.com']],
  ['The New York Times', ['New York Times', 'NYT', 'NY Times', 'N.Y. Times', 'nytimes.com']],
  ['The Washington Post', ['Washington Post', 'WaPo', 'washingtonpost.com']],
  ['The Guardian', ['Guardian', 'theguardian.com', 'guardian.co.uk']],
  ['The Wall Street Journal', ['Wall Street Journal', 'WSJ', 'wsj.com']],
  ['Los Angeles Times', ['LA Times', 'L.A. Times', 'latimes.com']],
  ['Financial Times', ['FT', 'ft.com']],
  ['The Economist', ['economist.com']],
  ['NPR', ['National Public Radio', 'npr.org']],
  ['CNN', ['Cable News Network', 'cnn.com']],
  ['CBS News', ['cbsnews.com']],
  ['NBC News', ['nbcnews.com']],
  ['ABC News', ['abcnews.go.com', 'abcnews.com']],
  ['Fox News', ['Fox News Channel', 'foxnews.com']],
  ['Bloomberg', ['Bloomberg News', 'bloomberg.com']],
  ['Politico', ['politico.com']],
  ['Axios', ['axios.com']],
  ['USA Today', ['usatoday.com']],
  ['The Atlantic', ['theatlantic.com']],
  ['The Hill', ['thehill.com']],
  ['Newsweek', ['newsweek.com']],
  ['ProPublica', ['propublica.org']],
  ['Al Jazeera', ['Al Jazeera English', 'aljazeera.com', 'aljazeera.net']],
  ['Deutsche Welle', ['DW', 'dw.com']],
]);

/**
 * The defaults with the archivist's table over them. An alias the
 * archivist lists belongs to their canonical name only. When the
 * archivist's canonical name is a default's name or alias, or lists the
 * default's name as an alias, the archivist is renaming that publication:
 * the default's spellings become aliases of the archivist's name.
 */
export function mergePublicationTables(defaults: PublicationTable, archivist: PublicationTable): PublicationTable {
  const merged = new Map<string, string[]>([...archivist].map(([name, aliases]) => [name, [...aliases]]));
  const claimed = new Set([...archivist].flatMap(([name, aliases]) => [name, ...aliases].flatMap(keysOf)));
  for (const [name, aliases] of defaults) {
    const spellings = [name, ...aliases];
    const renamedTo = [...archivist].find(
      ([ownName, ownAliases]) =>
        spellings.some((spelling) => overlaps(spelling, ownName)) || ownAliases.some((alias) => overlaps(alias, name)),
    )?.[0];
    if (renamedTo !== undefined) {
      const own = merged.get(renamedTo)!;
      for (const spelling of spellings) if (spelling !== renamedTo && !own.includes(spelling)) own.push(spelling);
    } else {
      merged.set(
        name,
        aliases.filter((alias) => !keysOf(alias).some((key) => claimed.has(key))),
      );
    }
  }
  return merged;
}

export interface NormalisedPublication {
  readonly value: string;
  /** How the value was found, for the entry's provenance; absent when the name was kept as written. */
  readonly rule?: string;
}

/**
 * The canonical name of a publication as a source names it, or the name
 * as written (trimmed, quotes and a site's tagline such as " - Breaking
 * News" removed) when the table does not know it.
 */
export function normalisePublication(raw: string, table: PublicationTable): NormalisedPublication {
  const written = stripJunk(raw);
  if (written === '') return { value: '' };
  const index = indexOf(table);
  const parts = [written, ...splitTagline(written)];
  for (const part of parts) {
    const match = lookUp(part, index);
    if (!match) continue;
    if (match.canonical === raw.trim()) return { value: match.canonical };
    return { value: match.canonical, rule: describeMatch(raw.trim(), part === written ? undefined : part, match) };
  }
  const meaningful = splitTagline(written).filter((part) => !isTagline(part));
  return { value: meaningful.length === 1 ? meaningful[0]! : written };
}

/** Whether the text is a publication the table knows (used to tell outlet credits from names in bylines). */
export function isKnownPublication(text: string, table: PublicationTable = DEFAULT_PUBLICATIONS): boolean {
  return lookUp(stripJunk(text), indexOf(table)) !== undefined;
}

// ---------------------------------------------------------------- matching keys

interface Listing {
  readonly canonical: string;
  /** The alias that matched; undefined when the canonical name itself did. */
  readonly alias?: string;
}

/** A listing and how the text was matched to it: by its host, by a domain's name without the TLD, or by name. */
interface Match extends Listing {
  readonly how: 'host' | 'domain name' | 'name';
}

type Index = ReadonlyMap<string, Listing>;

const indexes = new WeakMap<PublicationTable, Index>();

function indexOf(table: PublicationTable): Index {
  let index = indexes.get(table);
  if (!index) {
    const entries = new Map<string, Listing>();
    const add = (key: string, listing: Listing) => {
      // The first listing of a key wins, so a table lists its preferred reading first.
      if (key !== '' && !entries.has(key)) entries.set(key, listing);
    };
    for (const [canonical, aliases] of table) {
      add(nameKey(canonical), { canonical });
      for (const alias of aliases) for (const key of keysOf(alias)) add(key, { canonical, alias });
    }
    index = entries;
    indexes.set(table, index);
  }
  return index;
}

/** A name's key: lowercase letters and digits only, accents and a leading "The" dropped, "&" read as "and". */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The keys a table spelling is found by: a domain by its host and by its name without the TLD. */
function keysOf(spelling: string): string[] {
  const host = hostOf(spelling);
  return host ? [`host:${host}`, `domain:${nameKey(host.split('.')[0] ?? '')}`] : [nameKey(spelling)];
}

function overlaps(a: string, b: string): boolean {
  const keys = new Set(keysOf(a));
  return keysOf(b).some((key) => keys.has(key));
}

const DOMAIN = /^(?:[a-z][a-z\d+.-]*:\/\/)?((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,24})(?::\d+)?(?:[/?#]\S*)?$/i;
const SUBDOMAIN_PREFIX = /^(?:www\d?|m|mobile|amp)\./;

/** The host of a domain or URL, lowercased and without "www.", or undefined when the text is not one. */
function hostOf(text: string): string | undefined {
  const host = DOMAIN.exec(text.trim())?.[1]?.toLowerCase();
  return host?.replace(SUBDOMAIN_PREFIX, '');
}

/** Second-level labels under which a country's domains are registered: bbc.co.uk, abc.net.au. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or']);

function lookUp(text: string, index: Index): Match | undefined {
  const host = hostOf(text);
  if (!host) {
    const key = nameKey(text);
    return found(index.get(key), 'name') ?? found(index.get(`domain:${key}`), 'name');
  }
  const labels = host.split('.');
  // edition.cnn.com → cnn.com: a listed domain covers its subdomains.
  for (let i = 0; i < labels.length - 1; i++) {
    const listing = index.get(`host:${labels.slice(i).join('.')}`);
    if (listing) return { ...listing, how: 'host' };
  }
  // nytimes.co.uk → nytimes: the same name under another top-level domain.
  const withoutTld = labels.slice(0, -1);
  if (withoutTld.length > 1 && SECOND_LEVEL.has(withoutTld.at(-1)!) && labels.at(-1)!.length === 2) withoutTld.pop();
  const key = nameKey(withoutTld.at(-1) ?? '');
  return found(index.get(`domain:${key}`), 'domain name') ?? found(index.get(key), 'name');
}

function found(listing: Listing | undefined, how: Match['how']): Match | undefined {
  return listing && { ...listing, how };
}

/** The rule for provenance: how `raw` (or its `part`, a site title's name) led to the canonical name. */
function describeMatch(raw: string, part: string | undefined, match: Match): string {
  const { canonical, alias, how } = match;
  const subject = part === undefined ? `"${raw}"` : `"${part}" (in "${raw}")`;
  const listed = `listed as an alias of "${canonical}"`;
  if (alias === undefined) {
    return part === canonical
      ? `"${raw}" is "${canonical}" with the rest of the site title left out`
      : `${subject} matches "${canonical}" (ignoring case, punctuation and a leading "The")`;
  }
  if (how === 'host') return `${subject} is on ${alias}, ${listed}`;
  if (how === 'domain name') return `${subject} matches ${alias} under another top-level domain, ${listed}`;
  return part === alias || raw === alias ? `${subject} is ${listed}` : `${subject} matches "${alias}", ${listed}`;
}

// ---------------------------------------------------------------- taglines and junk

/** Quotes, brackets and stray punctuation around a name. */
function stripJunk(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«»()[\]{}<>|·•,:;–—-]+/u, '')
    .replace(/[\s"'“”‘’«»()[\]{}<>|·•,:;–—-]+$/u, '')
    .trim();
}

/** "CNN - Breaking News" → ["CNN", "Breaking News"]; a name without a separator → []. */
function splitTagline(text: string): string[] {
  const parts = text
    .split(/\s+[|·•:–—-]+\s+|\s*::\s*|\s*\|\s*/u)
    .map(stripJunk)
    .filter((part) => part !== '');
  return parts.length > 1 ? parts : [];
}

const TAGLINE_WORDS = new Set(
  (
    'breaking latest top news stories story headlines home homepage page front official site website online ' +
    'and the of for in from on with world us international national local today live updates video videos ' +
    'views analysis opinion politics business sports weather welcome'
  ).split(' '),
);

/** Whether a part of a site title is a generic tagline ("Breaking News", "Homepage") rather than a name. */
function isTagline(part: string): boolean {
  const words = part
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => TAGLINE_WORDS.has(word) || word === 'u.s.');
}
