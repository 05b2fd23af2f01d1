/**
 * Makes sure the programs the tests drive are here, installing what it can:
 * Chromium for the browser tests (apt-get as root, else Playwright's
 * installer), nginx for the real-server deploy tests and xmllint for the
 * sitemap schema tests (apt-get as root).
 * Exits 1 with instructions when something is missing and cannot be
 * installed. Prints what it found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/support/chromium.ts';
import { findNginx, HOW_TO_GET_NGINX } from '../tests/support/nginx.ts';

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

function run(command: string, args: string[]): boolean {
  console.error(`ensure-test-tools: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function aptInstall(debianPackage: string): boolean {
  if (!isRoot || !hasApt) return false;
  if (!aptUpdated) aptUpdated = run('apt-get', ['update', '-qq']);
  return aptUpdated && run('apt-get', ['install', '-y', '-qq', debianPackage]);
}

function fail(message: string): never {
  console.error(`ensure-test-tools: ${message}`);
  process.exit(1);
}

let chromium: string | undefined;
try {
  chromium = findChromium();
  if (!chromium) {
    if (!aptInstall('chromium')) run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
    chromium = findChromium();
  }
} catch (error) {
  fail((error as Error).message);
}
if (!chromium) fail(HOW_TO_GET_CHROMIUM);
console.log(`ensure-test-tools: Chromium at ${chromium}`);

let nginx = findNginx();
if (!nginx) {
  aptInstall('nginx');
  nginx = findNginx();
}
if (!nginx) fail(HOW_TO_GET_NGINX);
console.log(`ensure-test-tools: nginx at ${nginx}`);

const hasXmllint = () => spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasXmllint()) aptInstall('libxml2-utils');
if (!hasXmllint()) {
  fail(
    "xmllint is missing: the sitemap tests validate with it; install Debian's libxml2-utils (apt-get install libxml2-utils)",
  );
}
console.log('ensure-test-tools: xmllint on PATH');
