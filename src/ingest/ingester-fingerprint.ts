import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from './writing/entry-hash.ts';

/** The ingester's project folder (where its src/ and node_modules/ are). */
const PROJECT = resolve(import.meta.dirname, '../..');

/** Where the run starts: every module the ingester loads is reached from these. */
const ENTRY_MODULES = [fileURLToPath(new URL('./run.ts', import.meta.url))];

/** A static or dynamic import, or a `new URL(…, import.meta.url)`, of a relative path. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every file of the project the ingester's code is made of: the entry
 * modules and all they import by relative path, transitively (src/ingest/,
 * the contract in src/entry/, the file helpers in src/files/, and the worker). Packages are covered by the lock files (see ingesterFingerprint).
 */
export function ingesterModules(entries: readonly string[] = ENTRY_MODULES): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      continue; // a path in a comment, say: hashed as missing
    }
    for (const match of code.matchAll(RELATIVE_IMPORT)) {
      queue.push(resolve(dirname(file), match[1]!));
    }
  }
  return [...seen].sort();
}

/** The SHA-256 of a file's bytes, or "missing" when it cannot be read. */
export function hashFileOrMissing(path: string): string {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return 'missing';
  }
}

let code: string | undefined;

/**
 * The fingerprint of the ingester itself: its own code (every module, and
 * the installed packages as the lock files give them), the runtime's
 * Unicode, ICU, time zone data and default zone and locale (dates and case
 * rules come from them). Worked out once per process.
 */
export function codeFingerprint(): string {
  const intl = Intl.DateTimeFormat().resolvedOptions();
  code ??= sha256Hex(
    [
      ...ingesterModules().map((file) => `${relative(PROJECT, file)} ${hashFileOrMissing(file)}`),
      `package-lock.json ${hashFileOrMissing(resolve(PROJECT, 'package-lock.json'))}`,
      `node_modules/.package-lock.json ${hashFileOrMissing(resolve(PROJECT, 'node_modules/.package-lock.json'))}`,
      `node ${process.versions.node} v8 ${process.versions.v8}`,
      `icu ${process.versions.icu} unicode ${process.versions.unicode} tz ${process.versions.tz} cldr ${process.versions.cldr}`,
      `zone ${intl.timeZone} locale ${intl.locale} TZ ${process.env.TZ ?? ''}`,
    ].join('\n'),
  );
  return code;
}

/**
 * The fingerprint of everything but the source itself that decides what the
 * ingester makes of a source: its code (codeFingerprint) and the settings in
 * force (`settings`: content/ingest.yaml and content/overrides.yaml as read,
 * and the effective size limit). Two runs with the same fingerprint prepare
 * the same bytes into the same entries.
 */
export function ingesterFingerprint(settings: string): string {
  return sha256Hex(`${codeFingerprint()}\n${settings}`);
}
