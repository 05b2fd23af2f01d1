/**
 * The ready-made deploy recipes, checked as far as this machine allows:
 * each parses, builds with the build command docs/deploying.md gives, publishes dist/, and
 * sets the cache headers it promises. (The nginx block is served for
 * real in nginx.test.ts.)
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

/** The "Deploy" section of docs/deploying.md, and the build command it gives. */
function deployDoc(): { section: string; buildCommand: string } {
  const doc = read('docs/deploying.md');
  const section = /^## Deploy\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1];
  assert.ok(section, 'docs/deploying.md has a "## Deploy" section');
  const buildCommand = /Build command: `([^`]+)`/.exec(section)?.[1];
  assert.ok(buildCommand, 'the Deploy section names the build command as "Build command: `…`"');
  return { section, buildCommand };
}

/** public/_headers as rules: each path pattern with its headers, names in lower case. */
function headerRules(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of read('public/_headers').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const [name, ...value] = line.trim().split(':');
      current!.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

/** The raw sources' type on every host: plain text, in UTF-8. */
const SOURCE_TYPE = 'text/plain; charset=utf-8';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('deploy recipes', () => {
  it('GitHub Pages: the workflow builds with the documented command, the base path from Pages, and deploys with the official actions', () => {
    const { buildCommand } = deployDoc();
    const workflow = parseYaml(read('.github/workflows/deploy-pages.yml')) as {
      on: { push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
    };
    assert.deepEqual(workflow.on.push.branches, ['main']);
    assert.equal(workflow.permissions.pages, 'write');
    assert.equal(workflow.permissions['id-token'], 'write');
    const steps = workflow.jobs.build!.steps;
    const uses = (name: string) => steps.find((step) => step.uses?.startsWith(`actions/${name}@`));
    assert.ok(
      uses('checkout') && uses('setup-node') && uses('configure-pages'),
      'checkout, setup-node and configure-pages',
    );
    assert.equal(uses('setup-node')!.with!['node-version-file'], '.nvmrc');
    const build = steps.find((step) => step.run !== undefined)!;
    assert.equal(build.run, buildCommand, 'the build step runs the documented build command');
    assert.equal(build.env!.BASE_PATH, '${{ steps.pages.outputs.base_path }}/');
    assert.equal(build.env!.SITE_URL, '${{ steps.pages.outputs.origin }}');
    assert.equal(uses('configure-pages')!.id, 'pages');
    assert.equal(uses('upload-pages-artifact')!.with!.path, 'dist');
    const deploy = workflow.jobs.deploy!;
    assert.equal(deploy.needs, 'build');
    assert.equal(deploy.environment!.name, 'github-pages');
    assert.ok(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
  });

  it('Netlify: netlify.toml builds with the documented command and publishes dist/', () => {
    const { buildCommand } = deployDoc();
    const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string } };
    assert.equal(netlify.build.command, buildCommand);
    assert.equal(netlify.build.publish, 'dist');
  });

  it('Netlify and Cloudflare Pages: _headers makes hashed assets immutable for a year and revalidates the search index, each path from one rule', () => {
    const rules = headerRules();
    assert.equal(rules.get('/_astro/*')?.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(rules.get('/pagefind/*')?.get('cache-control'), 'public, max-age=0, must-revalidate');
    // Both hosts join a header's values across matching rules: the catch-all must not set it.
    assert.equal(rules.get('/*')?.has('cache-control'), false);
    assert.ok(existsSync(join(REPO, 'dist/_headers')), 'the build copies _headers into dist/');
  });

  it('Netlify and Cloudflare Pages: _headers serves the raw sources as UTF-8 text, from one rule', () => {
    const rules = headerRules();
    assert.equal(rules.get('/sources/*')?.get('content-type'), SOURCE_TYPE);
    const typed = [...rules].filter(([, headers]) => headers.has('content-type')).map(([path]) => path);
    assert.deepEqual(typed, ['/sources/*'], 'only the sources rule sets Content-Type, so no host joins two values');
  });

  it('nginx: the server block sends text/plain, the raw sources, with charset=utf-8', () => {
    const conf = read('deploy/nginx.conf').replace(/#.*$/gm, '');
    // charset applies to the types in charset_types, whose default includes text/plain.
    assert.match(conf, /^\s*charset utf-8;/m, 'a server-wide charset utf-8');
    assert.doesNotMatch(conf, /charset_types|charset off|source_charset/, 'nothing narrows or undoes it');
    const sourcesLocation = /location[^{]*sources[^{]*\{/.exec(conf);
    assert.equal(sourcesLocation, null, 'no location of its own for sources, which could drop the charset');
  });

  it('every host recipe in docs/deploying.md says what the raw sources are served as', () => {
    const { section } = deployDoc();
    const hosts = section.split(/^### /m).slice(1);
    const of = (name: string) => hosts.find((host) => host.startsWith(name)) ?? '';
    // Netlify and Cloudflare Pages share the paragraph after Cloudflare's heading.
    for (const name of ['Cloudflare Pages', 'Any web server']) {
      assert.ok(of(name).includes(SOURCE_TYPE), `"${name}" gives ${SOURCE_TYPE} for the sources`);
      assert.match(of(name), /sources/, `"${name}" names the sources`);
    }
    assert.match(of('Any web server'), /nginx `charset utf-8;`.*\n?.*Apache/, 'nginx and Apache each given');
    assert.ok(of('GitHub Pages').includes(SOURCE_TYPE), 'GitHub Pages says what to check for the sources');
  });

  it('the Deploy section covers every host, the variables and what to upload', () => {
    const { section } = deployDoc();
    for (const words of [
      'GitHub Pages',
      'Netlify',
      'Cloudflare Pages',
      'nginx',
      'SITE_URL',
      'BASE_PATH',
      'dist/',
      'deploy/nginx.conf',
    ]) {
      assert.ok(section.includes(words), `the Deploy section mentions ${words}`);
    }
  });
});
