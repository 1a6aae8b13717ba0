import { browser } from '#imports';

const SCRIPT_ID = 'added-sites';
/** The content script as built, for sites added after install. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Origins the parent granted beyond the sites this build's manifest declares, from the browser's
 * own record.
 */
export async function addedSiteOrigins(): Promise<string[]> {
  const declared = new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []));
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !declared.has(o));
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
  const script = { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle' as const };
  await (registered.length ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
}
