/**
 * Lighthouse 13 through its Node API, on the Chromium the browser tests use
 * (launched once by chrome-launcher, which ships with Lighthouse, and reused
 * for every page audited).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.ts';
import { chromiumPath } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseReport {
  readonly url: string;
  /** Each category's score, 0 to 1. */
  readonly scores: Record<Category, number>;
  /** Audits that count towards a category and did not pass, as `category: title (value)`. */
  readonly failedAudits: readonly string[];
}

export interface LighthouseBrowser {
  /** Runs Lighthouse's default (mobile, simulated throttling) audit of one URL. */
  audit(url: string): Promise<LighthouseReport>;
  close(): Promise<void>;
}

export async function launchLighthouse(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'error',
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores = {} as Record<Category, number>;
      const failedAudits: string[] = [];
      for (const category of CATEGORIES) {
        const { score, auditRefs } = lhr.categories[category] ?? {};
        if (typeof score !== 'number') throw new Error(`Lighthouse gave ${url} no ${category} score`);
        scores[category] = score;
        for (const ref of auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 0.9) continue;
          failedAudits.push(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
      return { url: lhr.finalDisplayedUrl, scores, failedAudits };
    },
    /** Resolves once Chromium has exited, so nothing it still had open reaches the site after. */
    async close() {
      if (chrome.process.exitCode !== null || chrome.process.signalCode !== null) return;
      const exited = new Promise((done) => chrome.process.once('exit', done));
      chrome.kill();
      await exited;
    },
  };
}
