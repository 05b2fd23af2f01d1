import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** System locations checked after $CHROMIUM_PATH, in order. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests. Looked at $CHROMIUM_PATH, ' +
    `${SYSTEM_CHROMIUM_PATHS.join(', ')} and Playwright's browser cache.`,
  'Get one with either:',
  '  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)',
  '  CHROMIUM_PATH=/path/to/chrome npm test                     (any Chromium or Chrome you already have)',
].join('\n');

/** Playwright's own downloaded Chromium, if `playwright-core install chromium` put one in its cache. */
function playwrightCacheChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium the browser tests launch: $CHROMIUM_PATH (which must exist if
 * set), then the system paths, then Playwright's cache. Undefined if none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path)) ?? playwrightCacheChromium();
}

/** Like findChromium, but throws the instructions for getting one: browser tests never skip. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error(HOW_TO_GET_CHROMIUM);
  return path;
}
