import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../../scripts/chromium';

/** The e2e build: like production, but its content script also runs on localhost. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: extensionArgs(EXTENSION_DIR),
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
