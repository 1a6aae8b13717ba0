import { type BrowserContext, type Worker, test as base, chromium } from '@playwright/test';
import { chooseSchools, chromiumPath, extensionArgs, extensionBackground } from '../../scripts/chromium';


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
      args: extensionArgs(),
    });
    await use(context);
    await context.close();
  },
  background: async ({ context, schools }, use) => {
    const worker = await extensionBackground(context);
    if (schools.length) await chooseSchools(worker, schools);
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export const expect = test.expect;
