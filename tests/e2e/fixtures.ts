import { type BrowserContext, type Worker, test as base, chromium, expect as baseExpect } from '@playwright/test';
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
    // The test build has several schools, so it opens its options page on install; let that happen
    // first, so it cannot take over a page a test is navigating.
    await baseExpect.poll(() => context.pages().some((page) => page.url().endsWith('/options.html')), { timeout: 15_000 }).toBe(true);
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
