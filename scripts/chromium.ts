import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../src/settings/settings';

/** Debian's Chromium, or the one CHROMIUM_PATH names; Playwright's own browser download is not used. */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROMIUM_PATH=${override} does not exist. Point it at a Chromium binary, or unset it.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with "apt-get install -y chromium" ` +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const root = resolve(import.meta.dirname, '..');

/** The e2e build: the production build whose content script also runs on localhost. */
export const E2E_EXTENSION_DIR = resolve(root, '.output/chrome-mv3-e2e');

/** Builds the e2e extension for the demo site (all schools in schools/), or throws. */
export function buildE2eExtension(output: 'inherit' | 'ignore' = 'inherit'): void {
  const built = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: output });
  if (built.status !== 0) throw new Error('The e2e build failed; run `npx wxt build --mode e2e` to see why.');
}

/** Flags that keep the browser off the network, with or without the extension. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Flags that load one unpacked extension, besides BROWSER_ARGS. */
export function extensionArgs(extensionDir = E2E_EXTENSION_DIR): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BROWSER_ARGS];
}

/** The extension's service worker in a browser launched with `extensionArgs`. */
export async function extensionBackground(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stores the parent's schools in the extension's settings, as its options page would. */
export async function chooseSchools(background: Worker, schoolIds: string[]): Promise<void> {
  type Storage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
  await background.evaluate(
    (settings) => (globalThis as unknown as Storage).chrome.storage.local.set({ settings }),
    { ...DEFAULT_SETTINGS, schoolIds },
  );
}
