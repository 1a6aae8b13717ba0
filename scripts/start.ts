/**
 * `npm start`: builds the extension (the e2e build, which also runs on localhost), serves the
 * demo site, and opens Chromium with the extension loaded on it. Without a display it runs
 * headless, types a draft on the demo forum and saves a screenshot instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { DEMO_PORT } from '../demo/vite.config';
import { chromiumPath, extensionArgs } from './chromium';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output/chrome-mv3-e2e');
const demoUrl = `http://localhost:${DEMO_PORT}/`;

const built = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = spawn('npx', ['vite', '--config', 'demo/vite.config.ts'], { cwd: root, stdio: 'inherit' });
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await fetch(demoUrl).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The demo server did not start on ${demoUrl}`);
}

await waitForServer();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless,
  viewport: null,
  args: extensionArgs(extensionDir),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (headless) {
  const screenshot = resolve(root, '.output/start.png');
  await page.screenshot({ path: screenshot });
  console.log(`\nNo display found, so Chromium ran headless. Screenshot of the demo: ${screenshot}`);
  await context.close();
  process.exit(0);
}
console.log(`\nChromium is open on ${demoUrl} with Before You Post loaded. Close the browser to stop.`);
context.on('close', () => process.exit(0));
