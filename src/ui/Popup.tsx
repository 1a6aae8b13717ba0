import { useState } from 'react';
import { browser } from '#imports';
import { CONCERN_LABELS } from '../config/concern-labels';
import type { SchoolConfig } from '../config/schema';
import { concernsRaised } from '../config/concerns-raised';
import { withToggled } from '../settings/settings';
import { siteKey } from '../sites';
import { CONTENT_SCRIPT } from '../sites/added-sites';
import { ComplaintsLink } from './ComplaintsLink';
import { SchoolPrompts } from './SchoolPrompts';
import { mailtoLink } from './send-to-school';
import { type ActiveTab, type TabDraftState, fetchDraftText, useActiveTab, useTabDraft } from './use-draft-status';
import { type SettingsState, useSettings } from './use-settings';

const LEVEL_TEXT = {
  clear: 'Nothing in this draft to pause over.',
  caution: 'This draft raises something your school asks parents to think about.',
  serious: 'This draft raises something serious. It may be worth talking to the school instead.',
} as const;

export function Popup() {
  const state = useSettings();
  const tab = useActiveTab();
  const draft = useTabDraft(tab);
  if (!state) return null;
  const school = draft.kind === 'draft' ? state.schools.find((s) => s.id === draft.status.report.school?.id) : undefined;
  return (
    <main className="popup">
      <h1>Before you post</h1>
      {state.schools.length === 0 ? (
        <p>
          Choose your child's school so we can show its own questions and how to raise a concern.{' '}
          <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Choose a school
          </button>
        </p>
      ) : (
        <>
          <DraftPanel draft={draft} tab={tab} school={school ?? state.schools[0]!} />
          {state.schools.map((s) => (
            <SchoolPrompts key={s.id} school={s} />
          ))}
          <div className="row">
            {state.schools.map((s) => (
              <ComplaintsLink
                key={s.id}
                school={s}
                label={state.schools.length > 1 ? `Raise it with ${s.name}` : 'Raise it with the school instead'}
              />
            ))}
          </div>
        </>
      )}
      {tab && <SiteControls tab={tab} draft={draft} state={state} />}
      <p className="muted small">
        Drafts are read on this device only and never stored or sent.{' '}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </p>
    </main>
  );
}

function DraftPanel({ draft, tab, school }: { draft: TabDraftState; tab: ActiveTab | undefined; school: SchoolConfig }) {
  const [text, setText] = useState<string>();
  const [sent, setSent] = useState<'copied' | 'mail' | 'failed'>();
  if (draft.kind === 'loading') return null;
  if (draft.kind === 'not-watched') return <p className="card">Before You Post is not reading drafts on this page.</p>;
  if (draft.kind === 'no-draft') return <p className="card">No draft on this page yet.</p>;
  const { report } = draft.status;
  if (report.sitePaused) return <p className="card">Paused on this site: drafts here are not read.</p>;

  const getText = async () => text ?? (await fetchDraftText(tab!.id, draft.frameId).then((t) => (setText(t), t)));
  const found = concernsRaised(report.flags);
  const mail = text !== undefined ? mailtoLink(school, text) : undefined;

  const sendToSchool = async () => {
    const draftText = await getText();
    if (draftText === undefined) return setSent('failed');
    if (mailtoLink(school, draftText)) return setSent('mail');
    await navigator.clipboard.writeText(draftText).then(
      () => setSent('copied'),
      () => setSent('failed'),
    );
  };

  return (
    <section className={`card status ${report.level}`} aria-labelledby="draft-heading">
      <h2 id="draft-heading">Your draft on this page</h2>
      <p>{LEVEL_TEXT[report.level]}</p>
      {found.length > 0 && (
        <ul>
          {found.map(({ category, message }) => (
            <li key={category} data-category={category}>
              <strong>{CONCERN_LABELS[category]}:</strong> {message}
            </li>
          ))}
        </ul>
      )}
      <details onToggle={(e) => e.currentTarget.open && void getText()}>
        <summary>Show my draft</summary>
        <blockquote className="draft">{text ?? '…'}</blockquote>
      </details>
      <div className="row">
        <button type="button" className="button secondary" onClick={() => void sendToSchool()}>
          Send this to the school instead
        </button>
      </div>
      {sent === 'mail' && mail && (
        <p role="status">
          <a className="button" href={mail} target="_blank" rel="noreferrer">
            Open an email to {school.name}
          </a>{' '}
          Your draft is in it for you to change. Nothing is sent until you press send.
        </p>
      )}
      {sent === 'copied' && (
        <p role="status">
          Your draft is copied. Paste it into the school's complaints form, or take it to a meeting with the school.
        </p>
      )}
      {sent === 'failed' && <p role="status">The draft could not be read. Copy it from the page yourself.</p>}
    </section>
  );
}

function SiteControls({ tab, draft, state }: { tab: ActiveTab; draft: TabDraftState; state: SettingsState }) {
  if (draft.kind === 'loading') return null;
  if (draft.kind !== 'not-watched') {
    const key = siteKey(draft.host);
    const paused = state.settings.pausedSites.includes(key);
    const togglePause = (on: boolean) => state.update(withToggled(state.settings, 'pausedSites', key, on));
    return (
      <label className="switch">
        <input type="checkbox" role="switch" checked={paused} onChange={(e) => togglePause(e.currentTarget.checked)} />
        Pause on {draft.host}
      </label>
    );
  }
  // Not watched here: offer to, for this site alone. The address is readable because the parent
  // opened the popup on this tab.
  const url = tab.url;
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const watch = async () => {
    const granted = await browser.permissions.request({ origins: [`${url.origin}/*`], permissions: ['scripting'] });
    if (!granted) return;
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT] });
    window.close();
  };
  return (
    <button type="button" className="button secondary" onClick={() => void watch()}>
      Watch drafts on {url.hostname}
    </button>
  );
}
