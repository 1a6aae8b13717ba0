import { BUNDLED_SCHOOLS } from '../config/bundled';
import { useSettings } from './use-settings';

export function Options() {
  const state = useSettings();
  if (!state) return null;
  const { settings } = state;
  const toggle = (id: string, on: boolean) => {
    const schoolIds = on ? [...settings.schoolIds, id] : settings.schoolIds.filter((s) => s !== id);
    state.update({ ...settings, schoolIds });
  };
  return (
    <main style={{ maxWidth: 640, margin: '0 auto', padding: '1.5rem' }}>
      <h1>Before You Post settings</h1>
      {state.recovered && (
        <p role="status" className="card">
          Your saved settings could not be read, so the defaults are shown. Choose your options again.
        </p>
      )}
      {BUNDLED_SCHOOLS.length === 1 ? (
        <p>
          This version was set up by <strong>{BUNDLED_SCHOOLS[0]!.name}</strong> and needs no setup.
        </p>
      ) : (
        <fieldset className="card">
          <legend>Your child's school (choose all that apply)</legend>
          {BUNDLED_SCHOOLS.map((school) => (
            <label key={school.id} style={{ display: 'block', padding: '0.25rem 0' }}>
              <input
                type="checkbox"
                checked={settings.schoolIds.includes(school.id)}
                onChange={(e) => toggle(school.id, e.currentTarget.checked)}
              />{' '}
              {school.name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted">Settings are kept only in this browser. Your drafts are never stored or sent anywhere.</p>
    </main>
  );
}
