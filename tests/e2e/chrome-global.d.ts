import type { browser } from 'wxt/browser';

/** Code passed to `background.evaluate` runs in the extension's service worker, where this exists. */
declare global {
  const chrome: typeof browser;
}
