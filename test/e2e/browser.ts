/**
 * Drives Debian's Chromium (`/usr/bin/chromium`) with playwright-core for the explorer's end-to-end
 * test: a fresh profile each launch, no network beyond the page's own server, every console error kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['DIPLOGRAPH_CHROMIUM'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab whose console errors and uncaught exceptions are recorded in `errors`. */
  newPage(): Promise<Page>;
  /** Everything logged as an error, by any page, in order. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`expected Chromium at ${CHROMIUM} (apt-get install -y chromium), found nothing`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-chromium-'));
  // A persistent context is how playwright takes a user-data-dir; the folder is new, so nothing persists.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    deviceScaleFactor: 1,
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page under test/e2e/__screenshots__/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const folder = path.join(path.dirname(new URL(import.meta.url).pathname), '__screenshots__');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
