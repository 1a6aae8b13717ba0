import { existsSync } from 'node:fs';
import type { Worker } from '@playwright/test';
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

/** Flags that load one unpacked extension and keep the browser off the network. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

/** Stores the parent's schools in the extension's settings, as its options page would. */
export async function chooseSchools(background: Worker, schoolIds: string[]): Promise<void> {
  type Storage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
  await background.evaluate(
    (settings) => (globalThis as unknown as Storage).chrome.storage.local.set({ settings }),
    { ...DEFAULT_SETTINGS, schoolIds },
  );
}
