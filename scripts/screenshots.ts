/**
 * `npm run screenshots`: the pictures in the README, taken from the real extension on the demo
 * site in headless Chromium, light and dark.
 */
import { resolve } from 'node:path';
import { type BrowserContext, type Page, chromium } from '@playwright/test';
import { buildE2eExtension, chooseSchools, chromiumPath, extensionArgs, extensionBackground } from './chromium';
import { DEMO_URL, startDemoServer } from './demo-server';

const root = resolve(import.meta.dirname, '..');
const out = (name: string) => resolve(root, 'docs/screenshots', `${name}.png`);
const DRAFT =
  "Absolutely fuming. Mr Hughes at Alsop is a liar and covered up what happened to my son in Year 7. Everyone share this so other parents know what that school is really like.";

buildE2eExtension();
const server = await startDemoServer();

async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1000, height: 760 },
    args: extensionArgs(),
  });
  const worker = await extensionBackground(context);
  await chooseSchools(worker, ['alsop-high']);
  return { context, extensionId: new URL(worker.url()).host };
}

async function nudgeShots(page: Page, scheme: 'light' | 'dark') {
  // Reduced motion: the card is shown settled, not mid-animation.
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(new URL('facebook.html', DEMO_URL).href);
  await page.locator('[data-demo-box="composer"]').click();
  await page.keyboard.type(DRAFT);
  const badge = page.locator('before-you-post').getByRole('button', { name: 'Before you post' });
  await badge.waitFor();
  await page.screenshot({ path: out(`nudge-collapsed-${scheme}`), clip: { x: 0, y: 0, width: 1000, height: 420 } });
  await badge.click();
  await page.locator('before-you-post').getByRole('dialog').waitFor();
  await page.screenshot({ path: out(`nudge-expanded-${scheme}`) });
}

/** The extension's own pages, for the tab the draft is in. */
async function pageShots(context: BrowserContext, extensionId: string, draftPage: Page) {
  await draftPage.bringToFront();
  const tabId = await (await extensionBackground(context)).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const pages = [
    ['popup', `popup.html?tab=${tabId}`, { width: 412, height: 760 }],
    ['options', 'options.html', { width: 900, height: 900 }],
    ['complaints', 'complaints.html?school=alsop-high', { width: 900, height: 1000 }],
  ] as const;
  for (const [name, path, viewport] of pages) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: out(name), fullPage: name === 'popup' });
    await page.close();
  }
}

try {
  const { context, extensionId } = await launch();
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) await nudgeShots(page, scheme);
  await page.emulateMedia({ colorScheme: 'light' });
  await pageShots(context, extensionId, page);
  await context.close();
  console.log(`Screenshots written to ${resolve(root, 'docs/screenshots')}`);
} finally {
  server.stop();
}
