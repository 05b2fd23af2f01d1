import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadIngestConfig } from '../../src/ingest/ingest-config.ts';
import { emptyProject, removeProject } from './helpers.ts';

const projects: string[] = [];
after(() => projects.forEach(removeProject));

/** Reads `yaml` as a project's content/ingest.yaml. */
async function load(yaml: string) {
  const root = emptyProject();
  projects.push(root);
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/ingest.yaml'), yaml);
  return loadIngestConfig(root);
}

describe('content/ingest.yaml: people', () => {
  it('defaults to empty allow and deny lists', async () => {
    const reading = await load('maxFileSize: "1 MB"\n');
    assert.deepEqual(reading.ok && reading.config.people, { allow: [], deny: [] });
  });
  it('reads the allow and deny lists, each optional', async () => {
    const reading = await load('people:\n  allow: ["Miles Theodore"]\n');
    assert.deepEqual(reading.ok && reading.config.people, { allow: ['Miles Theodore'], deny: [] });
  });
  it('names the file and field of each mistake', async () => {
    const reading = await load('people:\n  alow: ["A B"]\n  deny: "Good Morning America"\n');
    assert.deepEqual(reading.ok ? undefined : reading.message.split('\n'), [
      'content/ingest.yaml: people.deny: must be a list of names',
      'content/ingest.yaml: people.alow: is not a setting (see the comments in content/ingest.yaml)',
    ]);
  });
  it('refuses an empty name and a people value that is not a map', async () => {
    const empty = await load('people:\n  allow: [" "]\n');
    assert.equal(empty.ok ? undefined : empty.message, 'content/ingest.yaml: people.allow.0: must not be empty');
    const list = await load('people: ["A B"]\n');
    assert.equal(
      list.ok ? undefined : list.message,
      'content/ingest.yaml: people: must be a map with the lists allow and deny',
    );
  });
});
