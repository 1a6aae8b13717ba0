import { browser, defineBackground } from '#imports';
import { syncAddedSites } from '@/src/sites/added-sites';
import { createDraftAnalyzer } from '@/src/background/draft-analyzer';
import { BUNDLED_SCHOOLS } from '@/src/config/bundled';
import { createEngine } from '@/src/engine';
import { complaintsRoute } from '@/src/config/complaints-route';
import type { SchoolConfig } from '@/src/config/schema';
import type { BackgroundRequest, DraftReport, TabDraft } from '@/src/messages';
import { type Settings, schoolsForEngine } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { siteKey } from '@/src/sites';

const PAUSED: DraftReport = { pause: false, level: 'clear', flags: [], sitePaused: true };

export default defineBackground(() => {
  // The engine runs here, off the page's main thread, so reading a draft never slows typing.
  let analyzer = createDraftAnalyzer();
  let settings: Settings | undefined;
  let schools: SchoolConfig[] = [];
  const apply = (next: Settings) => {
    settings = next;
    schools = schoolsForEngine(BUNDLED_SCHOOLS, next);
    // Children's names the parent added locally: new engines, since every school reads them.
    const childNames = next.localNames.children;
    analyzer = createDraftAnalyzer((school) => createEngine(school, { childNames }));
  };
  const ready = loadSettings().then(({ settings }) => apply(settings));
  watchSettings(({ settings }) => apply(settings));

  // Sites the parent asked to watch follow the permissions they granted or removed.
  browser.permissions.onAdded.addListener(() => void syncAddedSites());
  browser.permissions.onRemoved.addListener(() => void syncAddedSites());

  // The latest reading per tab, for the popup; in memory only, and only the reading, not the text.
  const tabDrafts = new Map<number, TabDraft>();
  browser.tabs.onRemoved.addListener((tabId) => tabDrafts.delete(tabId));

  // A build with several schools needs the parent to pick theirs before anything can apply.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && BUNDLED_SCHOOLS.length > 1) void browser.runtime.openOptionsPage();
  });

  browser.runtime.onMessage.addListener((message: BackgroundRequest, sender) => {
    if (sender.id !== browser.runtime.id) return;
    switch (message.type) {
      case 'warm-up':
        void ready.then(() => analyzer.warmUp(schools));
        return;
      case 'analyze':
        return ready.then(() => {
          // A pause covers the whole tab, frames included.
          const page = sender.tab?.url ?? sender.url;
          const host = page ? new URL(page).hostname : '';
          return settings?.pausedSites.includes(siteKey(host)) ? PAUSED : analyzer.analyze(message.text, schools);
        });
      case 'draft-state':
        if (sender.tab?.id !== undefined) tabDrafts.set(sender.tab.id, { frameId: sender.frameId ?? 0, status: message.status });
        return;
      case 'tab-draft':
        return Promise.resolve(tabDrafts.get(message.tabId) ?? null);
      case 'open-complaints': {
        const school = BUNDLED_SCHOOLS.find((s) => s.id === message.schoolId);
        if (!school) return;
        const route = complaintsRoute(school);
        void browser.tabs.create({ url: route.external ? route.href : browser.runtime.getURL(route.href) });
        return;
      }
    }
  });
});
