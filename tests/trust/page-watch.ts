/**
 * Test hooks that see what hostile content could do in a page: every
 * payload in the hostile corpus calls `window.__pwned(tag)`, so a payload that
 * runs is counted; dialogs (alert, confirm, prompt) are counted and
 * dismissed; and every Content-Security-Policy violation the page reports
 * (a blocked script, style, frame or request) is recorded.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Tags of payloads that ran, and dialogs that opened. */
  readonly executions: string[];
  /** `directive: blocked resource (where)` for each CSP violation. */
  readonly violations: string[];
}

/** Installs the hooks; call before the first `goto`. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { executions: [], violations: [] };
  await page.exposeFunction('__pwned', (tag: unknown) => watch.executions.push(`script ran: ${String(tag)}`));
  await page.exposeFunction('__cspViolation', (line: unknown) => watch.violations.push(String(line)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (line: string) => void }).__cspViolation;
      report(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.documentURI})`);
    });
  });
  page.on('dialog', (dialog) => {
    watch.executions.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.violations.push(`console: ${message.text()}`);
  });
  return watch;
}
