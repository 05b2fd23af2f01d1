/**
 * The hostile corpus: the files in hostile-sources/ (every payload in them
 * calls `window.__pwned(tag)` if it ever runs), plus three generated ones
 * too big to commit, and what each must come to.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_SOURCES = join(import.meta.dirname, 'hostile-sources');

/** Writes the corpus into `<root>/content/sources/`. */
export function writeHostileCorpus(root: string): void {
  const sources = join(root, 'content/sources');
  cpSync(HOSTILE_SOURCES, sources, { recursive: true });
  const words = "harbour council budget vote ferry <script>__pwned('long-line')</script> pier dredging ";
  const line = words.repeat(Math.ceil((10 * 1024 * 1024) / words.length));
  writeFileSync(join(sources, 'long-line.txt'), `A very long single line\nOctober 9, 2020\n\n${line}\n`);
  const nested = (depth: number, title: string) =>
    `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2020-10-10"></head><body><article><h1>${title}</h1>` +
    '<div><span>'.repeat(depth) +
    "<p>The text at the bottom of the nested elements <script>__pwned('nested')</script> is still text, and the council's budget passed.</p>" +
    '</span></div>'.repeat(depth) +
    '<p>The council met again on Friday to finish the budget, which passed after a short debate about the harbour and the old pier.</p></article></body></html>';
  writeFileSync(join(sources, 'nested-deep.html'), nested(20_000, 'Nested forty thousand deep'));
  writeFileSync(join(sources, 'nested-some.html'), nested(120, 'Nested two hundred and forty deep'));
}

/** Sources the ingester must refuse: the field and a pattern of the reason. */
export const EXPECTED_REFUSALS: Readonly<Record<string, { field: string; reason: RegExp }>> = {
  'long-line.txt': { field: 'body', reason: /has a paragraph of 10,\d{3},\d{3} characters/ },
  'nested-deep.html': { field: '(file)', reason: /nests its markup 40,\d{3} elements deep/ },
};

/** Text each story page must show, as text, in its article (headline included). */
export const EXPECTED_TEXT: Readonly<Record<string, readonly string[]>> = {
  'text-script-style.txt': [
    "Council <script>__pwned('text-script-headline')</script> approves the budget",
    "<script>__pwned('text-script')</script>",
    '<style>body { display: none }</style>',
    `<img src="x" onerror="__pwned('text-onerror')">`,
    `<a href="javascript:__pwned('text-js-link')">a javascript link</a>`,
    `<svg onload="__pwned('text-svg-onload')"><script>__pwned('text-svg-script')</script></svg>`,
  ],
  'text-markdown-injection.txt': [
    "[click here](javascript:__pwned('md-js-link'))",
    "![x](javascript:__pwned('md-img'))",
    "[p]: javascript:__pwned('md-ref-link')",
  ],
  'text-front-matter-and-mdx.txt': [
    'layout: ../../layouts/Evil.astro',
    "import Evil from '../components/Evil.astro'",
    "{__pwned('astro-expression')}",
    "<Component client:load onClick={() => __pwned('jsx')} />",
    '<Evil />',
    ":::script __pwned('directive') :::",
    'a closing --- line',
  ],
  'text-entities.txt': [
    'Entities &lt;script&gt; and &#60;script&#62; in a headline',
    "&lt;script&gt;__pwned('entity-named')&lt;/script&gt;",
    "&#x3C;img src=x onerror=__pwned('entity-hex')&#x3E;",
  ],
  'text-bidi-zero-width.txt': [
    'Budget txt.exe vote passes with isolated text',
    '\u0915\u094d\u200d\u0937',
    '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
  ],
  'html-hostile-page.html': [
    "Port opens new terminal <script>__pwned('og-title')</script>",
    "<script>__pwned('html-escaped-text')</script> is shown as text",
    "{__pwned('html-braces')}",
  ],
  'json-hostile.json': ["Ferry <script>__pwned('json-title')</script> strike ends", "<svg onload=__pwned('json-dek')>"],
  'markdown-hostile.md': [
    "Library reopens <script>__pwned('md-title')</script>",
    "<script>__pwned('md-raw-script')</script>",
    `<img src=x onerror="__pwned('md-raw-img')">`,
    "{__pwned('md-braces')} import x from 'y'",
  ],
  'nested-some.html': ['The text at the bottom of the nested elements is still text'],
};
