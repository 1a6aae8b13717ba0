import { type FormEvent, useEffect, useState } from 'react';
import { browser } from '#imports';
import { addedSiteOrigins } from '../sites/added-sites';
import { BUNDLED_SCHOOLS } from '../config/bundled';
import { MAX_NAME_LENGTH, type Settings, withToggled } from '../settings/settings';
import { SITE_ADAPTERS } from '../sites';
import { type SettingsState, useSettings } from './use-settings';

const BUILTIN_SITES = SITE_ADAPTERS.filter((a) => a.matches.length > 0);

export function Options() {
  const state = useSettings();
  if (!state) return null;
  const { settings, update } = state;
  const toggle = (list: 'schoolIds' | 'pausedSites', id: string, on: boolean) => update(withToggled(settings, list, id, on));
  return (
    <main className="page">
      <h1>Before You Post settings</h1>
      {state.recovered && (
        <p role="alert" className="card notice">
          Your saved settings could not be read, so Before You Post has gone back to its defaults. Please choose your
          options again.
        </p>
      )}
      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">Your child's school</h2>
        {BUNDLED_SCHOOLS.length === 1 ? (
          <p>
            This version was set up by <strong>{BUNDLED_SCHOOLS[0]!.name}</strong> and needs no setup.
          </p>
        ) : (
          <fieldset className="card">
            <legend>Choose all that apply: a child at a primary and one at a high school, say.</legend>
            {BUNDLED_SCHOOLS.map((school) => (
              <label key={school.id} className="check">
                <input
                  type="checkbox"
                  checked={settings.schoolIds.includes(school.id)}
                  onChange={(e) => toggle('schoolIds', school.id, e.currentTarget.checked)}
                />
                {school.name}
              </label>
            ))}
          </fieldset>
        )}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Where drafts are read</h2>
        <fieldset className="card">
          <legend>Switch a site off to stop Before You Post reading drafts there.</legend>
          {BUILTIN_SITES.map((site) => (
            <label key={site.id} className="check">
              <input
                type="checkbox"
                role="switch"
                checked={!settings.pausedSites.includes(site.id)}
                onChange={(e) => toggle('pausedSites', site.id, !e.currentTarget.checked)}
              />
              {site.name}
            </label>
          ))}
        </fieldset>
        <AddedSites />
      </section>

      <section aria-labelledby="names-heading">
        <h2 id="names-heading">Names to look out for</h2>
        <p className="muted">
          Names the school's list does not have: a teacher, or your children's classmates. They are kept only in this
          browser.
        </p>
        <NameList label="Staff" field="staff" settings={settings} update={update} />
        <NameList label="Children" field="children" settings={settings} update={update} />
      </section>
      <p className="muted">Settings are kept only in this browser. Your drafts are never stored or sent anywhere.</p>
    </main>
  );
}

function AddedSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () => void addedSiteOrigins().then(setOrigins);
    refresh();
    browser.permissions.onRemoved.addListener(refresh);
    browser.permissions.onAdded.addListener(refresh);
    return () => {
      browser.permissions.onRemoved.removeListener(refresh);
      browser.permissions.onAdded.removeListener(refresh);
    };
  }, []);
  if (origins.length === 0) {
    return <p className="muted">To watch another site, open it and choose "Watch drafts on…" in the Before You Post button.</p>;
  }
  return (
    <ul className="card plain">
      {origins.map((origin) => (
        <li key={origin}>
          {origin.replace(/\/\*$/, '')}{' '}
          <button type="button" className="link" onClick={() => void browser.permissions.remove({ origins: [origin] })}>
            Stop watching
          </button>
        </li>
      ))}
    </ul>
  );
}

function NameList({ label, field, settings, update }: {
  label: string;
  field: 'staff' | 'children';
  settings: Settings;
  update: SettingsState['update'];
}) {
  const [draft, setDraft] = useState('');
  const names = settings.localNames[field];
  const save = (next: string[]) => update({ ...settings, localNames: { ...settings.localNames, [field]: next } });
  const add = (e: FormEvent) => {
    e.preventDefault();
    const name = draft.trim().slice(0, MAX_NAME_LENGTH);
    if (name && !names.includes(name)) save([...names, name]);
    setDraft('');
  };
  const inputId = `add-${field}`;
  return (
    <div className="card names">
      <h3>{label}</h3>
      {names.length > 0 && (
        <ul className="plain">
          {names.map((name) => (
            <li key={name}>
              {name}{' '}
              <button type="button" className="link" aria-label={`Remove ${name}`} onClick={() => save(names.filter((n) => n !== name))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="row">
        <label htmlFor={inputId} className="sr-only">
          Add a name to {label.toLowerCase()}
        </label>
        <input id={inputId} value={draft} maxLength={MAX_NAME_LENGTH} onChange={(e) => setDraft(e.currentTarget.value)} placeholder={field === 'staff' ? 'e.g. Mrs Okafor' : 'e.g. Tyler Brown'} />
        <button type="submit" className="button secondary">
          Add
        </button>
      </form>
    </div>
  );
}
