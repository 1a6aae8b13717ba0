/**
 * `npm start`: builds the extension (the e2e build, which also runs on localhost), serves the
 * demo site, and opens Chromium with the extension loaded on it. Without a display it runs
 * headless, types a draft on the demo forum and saves a screenshot instead.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildE2eExtension, chooseSchools, chromiumPath, extensionArgs, extensionBackground } from './chromium';
import { DEMO_URL, startDemoServer } from './demo-server';

const root = resolve(import.meta.dirname, '..');

buildE2eExtension();
await startDemoServer();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless,
  viewport: headless ? { width: 1000, height: 800 } : null,
  args: extensionArgs(),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);

if (headless) {
  // No one to pick a school on the options page: pick one and type a draft to show the nudge.
  await chooseSchools(await extensionBackground(context), ['alsop-high']);
  await page.goto(new URL('forum.html', DEMO_URL).href);
  await page.locator('[data-demo-box="message"]').click();
  await page.keyboard.type('Mr Hughes at Alsop is a liar and covered up the bullying. Everyone share this.');
  const nudge = page.locator('before-you-post');
  await nudge.getByRole('button', { name: 'Before you post' }).click();
  await nudge.getByRole('dialog').waitFor();
  const screenshot = resolve(root, '.output/start.png');
  await page.screenshot({ path: screenshot, animations: 'disabled' });
  console.log(`\nNo display found, so Chromium ran headless with Alsop High School chosen. Screenshot: ${screenshot}`);
  await context.close();
  process.exit(0);
}
console.log(`\nChromium is open on ${DEMO_URL} with Before You Post loaded. Close the browser to stop.`);
context.on('close', () => process.exit(0));
