import { resolve } from 'node:path';
import { type BrowserContext, type Worker, test as base, chromium } from '@playwright/test';
import { chooseSchools, chromiumPath, extensionArgs } from '../../scripts/chromium';

/** The e2e build: like production, but its content script also runs on localhost. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export const test = base.extend<{
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  /** The parent's schools, stored as the options page would before the test starts. */
  schools: string[];
}>({
  schools: [[], { option: true }],
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: extensionArgs(EXTENSION_DIR),
    });
    await use(context);
    await context.close();
  },
  background: async ({ context, schools }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (schools.length) await chooseSchools(worker, schools);
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export const expect = test.expect;
