/**
 * `node scripts/lock-platform-binaries.ts`: puts back into package-lock.json
 * the entries for Pagefind's binary packages of other platforms (macOS,
 * Windows, FreeBSD) that the npm registry this project is built against does
 * not carry. Without them `npm install` leaves them out of the lock file and
 * `npm ci` refuses it ("Missing: @pagefind/darwin-arm64@ from lock file").
 * npm installs only the package for the machine it runs on, so here these
 * entries are never fetched; elsewhere npm fetches them from the public
 * registry at the pinned version (without an integrity hash, which that
 * registry's own `npm install` adds back). Run it after any `npm install`
 * that rewrites the lock file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const PACKAGE = 'pagefind';
/** Pagefind's package names say the platform as <os>-<cpu>; npm's `os` for Windows is win32. */
const NPM_OS: Record<string, string> = { darwin: 'darwin', linux: 'linux', windows: 'win32', freebsd: 'freebsd' };

const lockFile = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, LockPackage> };
const owner = lock.packages[`node_modules/${PACKAGE}`];
if (!owner?.optionalDependencies) throw new Error(`${lockFile}: no ${PACKAGE} with optional dependencies`);

const added: string[] = [];
for (const [name, version] of Object.entries(owner.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const platform = /^@[^/]+\/([a-z]+)-([a-z0-9]+)$/.exec(name);
  const os = platform && NPM_OS[platform[1]!];
  if (!platform || !os) throw new Error(`${lockFile}: ${name}: not a <os>-<cpu> binary package name`);
  const file = name.split('/')[1];
  lock.packages[key] = {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${file}-${version}.tgz`,
    cpu: [platform[2]!],
    license: 'MIT',
    optional: true,
    os: [os],
  };
  added.push(`${name}@${version}`);
}
// npm keeps the root ("") first and the rest in code-point order.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length > 0 ? `Added to the lock file: ${added.join(', ')}` : 'The lock file already lists them all.');
