import { browser } from '#imports';
import { BUILTIN_MATCHES } from '.';

const SCRIPT_ID = 'added-sites';

/** Origins the parent granted beyond the built-in sites, from the browser's own record. */
export async function addedSiteOrigins(): Promise<string[]> {
  const builtin = new Set<string>(BUILTIN_MATCHES);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !builtin.has(o) && !/^https?:\/\/(localhost|127\.0\.0\.1)\//.test(o));
}

/**
 * Keeps the content script registered for exactly the sites the parent chose to watch. The
 * browser's granted permissions are the record: removing one (here or in the browser's own
 * settings) stops the watching.
 */
export async function syncAddedSites(): Promise<void> {
  if (!browser.scripting) return; // not granted yet: no site was ever added
  const matches = await addedSiteOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_idle' as const };
  await (registered.length ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
}
