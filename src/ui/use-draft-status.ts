import { useEffect, useState } from 'react';
import { browser } from '#imports';
import type { BackgroundRequest, ContentRequest, TabDraft } from '../messages';

export interface ActiveTab {
  id: number;
  url: URL | undefined;
}

export type TabDraftState =
  | { kind: 'loading' }
  /** No content script answers: the extension does not run on this page. */
  | { kind: 'not-watched' }
  /** The extension runs on `host`, but there is no draft yet. */
  | { kind: 'no-draft'; host: string }
  | ({ kind: 'draft'; host: string } & TabDraft);

/**
 * The tab the popup was opened on (its address is readable because the parent opened the popup
 * there). `popup.html?tab=N` names the tab instead, as the end-to-end tests open it in a tab.
 */
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    const found = named
      ? browser.tabs.get(named)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
    void found.then((t) => {
      if (t?.id !== undefined) setTab({ id: t.id, url: t.url ? new URL(t.url) : undefined });
    });
  }, []);
  return tab;
}

function askTab<T>(tabId: number, request: ContentRequest, frameId: number): Promise<T | undefined> {
  return browser.tabs.sendMessage(tabId, request, { frameId }).then(
    (answer: T) => answer,
    () => undefined,
  );
}

/** The draft's text, fetched only when the parent asks to see or send it. */
export function fetchDraftText(tabId: number, frameId: number): Promise<string | undefined> {
  return askTab<string>(tabId, { type: 'draft-text' }, frameId);
}

/** Where the parent stands with the draft in the current tab: its reading, never its text. */
export function useTabDraft(tab: ActiveTab | undefined): TabDraftState {
  const [draft, setDraft] = useState<TabDraftState>({ kind: 'loading' });
  useEffect(() => {
    if (!tab) return;
    void (async () => {
      const host = await askTab<string>(tab.id, { type: 'ping' }, 0);
      if (host === undefined) return setDraft({ kind: 'not-watched' });
      const request: BackgroundRequest = { type: 'tab-draft', tabId: tab.id };
      const latest: TabDraft | null = await browser.runtime.sendMessage(request);
      setDraft(latest && latest.status.length > 0 ? { kind: 'draft', host, ...latest } : { kind: 'no-draft', host });
    })();
  }, [tab]);
  return draft;
}
