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
    assert.equal(rules.get('/_astro/*')?.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(rules.get('/pagefind/*')?.get('cache-control'), 'public, max-age=0, must-revalidate');
    // Both hosts join a header's values across matching rules: the catch-all must not set it.
    assert.equal(rules.get('/*')?.has('cache-control'), false);
    assert.ok(existsSync(join(REPO, 'dist/_headers')), 'the build copies _headers into dist/');
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
