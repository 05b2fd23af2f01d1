import { MONTH_NAMES as MONTHS } from '../../src/entry/month-names.ts';
/**
 * A deterministic corpus of raw sources for the ingest benchmark: plain
 * text in the shapes archivists bring (metadata lines, hard wraps, lists,
 * comment tails) and saved web pages (JSON-LD, navigation, share bars, ads,
 * related links, comments). The same seed gives the same bytes.
 */

/** mulberry32: a small seeded generator, so runs compare like with like. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council city state river harbor school police market budget election court bridge storm water transit park ' +
  'library museum hospital union workers farmers mayor governor senator judge officials residents voters company ' +
  'announced approved rejected delayed opened closed said reported warned agreed planned expected during after before ' +
  'million percent week month year morning evening north south east west new old first last public private local'
).split(' ');
const NAMES = ['Rosa Delgado', 'Tom Reyes', 'Maya Chen', 'Luis Ortega', 'Priya Raman', 'Sam Okafor', 'Nadia Karim'];
const PUBLICATIONS = ['The Daily Ledger', 'Reuters', 'The Coastal Herald', 'AP', 'The Valley Times'];

export interface Generated {
  readonly name: string;
  readonly text: string;
}

export function makeCorpus(count: { text: number; html: number }, seed = 1): Generated[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 18) }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ');
  const story = (i: number) => {
    const paragraphs = Array.from({ length: 6 + Math.floor(random() * 14) }, paragraph);
    paragraphs.splice(2, 0, `"${sentence()}" said ${pick(NAMES)}, who leads the ${pick(WORDS)} office.`);
    const year = 1985 + Math.floor(random() * 40);
    return {
      headline: `${sentence().replace(/\.$/, '').slice(0, 70)} ${i}`,
      date: `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${year}`,
      author: pick(NAMES),
      publication: pick(PUBLICATIONS),
      paragraphs,
    };
  };
  const files: Generated[] = [];
  for (let i = 0; i < count.text; i += 1) {
    const s = story(i);
    const shape = i % 4;
    const body =
      shape === 1
        ? s.paragraphs.map((p) => wrap(p, 70)).join('\n\n')
        : shape === 2
          ? s.paragraphs.map((p) => `    ${wrap(p, 66)}`).join('\n')
          : s.paragraphs.join('\n\n');
    const head =
      shape === 3
        ? `${s.headline}\nBy ${s.author}\nPublished ${s.date}\nSource: ${s.publication}\n`
        : `${s.headline}\n\n${s.date}\n\nBy ${s.author}\n`;
    const tail = shape === 0 ? `\n\nComments (2)\n\nreader1: ${sentence()}\n\nreader2: ${sentence()}\n` : '\n';
    files.push({ name: `text-${String(i).padStart(6, '0')}.txt`, text: `${head}\n${body}${tail}` });
  }
  // Page furniture of a real saved news page's weight (~120 KB): inline scripts and styles, a mega
  // menu, a trending rail, comments and a link-heavy footer around the article.
  const script = `window.__APP_STATE__=${JSON.stringify(
    Array.from({ length: 900 }, (_, n) => ({
      id: n,
      slot: `ad-${n}`,
      sizes: [
        [300, 250],
        [728, 90],
      ],
      targeting: { section: pick(WORDS), pos: n },
    })),
  )};`;
  const style = Array.from(
    { length: 300 },
    (_, n) => `.c${n}{margin:${n % 7}px;padding:${n % 5}px;color:#${(n * 2654435761) % 16777215}}`,
  ).join('');
  const links = (n: number, prefix: string) =>
    Array.from(
      { length: n },
      (_, k) => `<li><a href="/${prefix}/${WORDS[k % WORDS.length]}-${k}">${WORDS[k % WORDS.length]} ${k}</a></li>`,
    ).join('');
  for (let i = 0; i < count.html; i += 1) {
    const s = story(count.text + i);
    const paragraphs = s.paragraphs.map((p) => `<p>${p}</p>`);
    paragraphs.splice(
      4,
      0,
      '<div class="ad">Advertisement</div><aside class="related"><h2>Related</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>',
    );
    const trending = Array.from(
      { length: 10 },
      () => `<li><a href="/t"><img src="/i.jpg" alt=""><span>${sentence()}</span></a></li>`,
    ).join('');
    const comments = Array.from(
      { length: 10 },
      () => `<li class="comment"><b>${pick(NAMES)}</b><p>${paragraph()}</p></li>`,
    ).join('');
    files.push({
      name: `page-${String(i).padStart(6, '0')}.html`,
      text: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.headline} | ${s.publication}</title>
${Array.from({ length: 30 }, (_, k) => `<meta name="x-${k}" content="${pick(WORDS)}">`).join('\n')}
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: s.headline, datePublished: s.date, author: { name: s.author }, publisher: { name: s.publication } })}</script>
<style>${style}</style><script>${script}</script></head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><ul class="menu">${links(150, 'section')}</ul></nav></header>
<main><article><h1>${s.headline}</h1><p class="byline">By ${s.author}</p>
<ul class="share"><li><a href="https://twitter.com/share">Share</a></li><li><a href="https://facebook.com/share">Share</a></li></ul>
${paragraphs.join('\n')}
</article><aside class="trending"><h2>Trending</h2><ol>${trending}</ol></aside></main>
<section id="comments"><h2>Comments</h2><ol>${comments}</ol></section>
<footer><p>© ${s.publication}</p><ul>${links(100, 'about')}</ul></footer></body></html>\n`,
    });
  }
  return files;
}

export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
