/**
 * Makes sure a Chromium exists for the browser tests, installing one if it
 * can: with apt-get when running as root, else with Playwright's installer.
 * Exits 1 with instructions when neither works. Prints the path it found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/support/chromium.ts';

function run(command: string, args: string[]): boolean {
  console.error(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function installChromium(): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) return;
  }
  run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
}

function fail(message: string): never {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
}

let path: string | undefined;
try {
  path = findChromium();
  if (!path) {
    installChromium();
    path = findChromium();
  }
} catch (error) {
  fail((error as Error).message);
}
if (!path) fail(HOW_TO_GET_CHROMIUM);
console.log(`ensure-browser: Chromium at ${path}`);
