import { browser } from '#imports';
import { ComplaintsLink } from './ComplaintsLink';
import { SchoolPrompts } from './SchoolPrompts';
import { useSettings } from './use-settings';

export function Popup() {
  const state = useSettings();
  if (!state) return null;
  return (
    <main style={{ width: 360, padding: '1rem' }}>
      <h1>Before you post</h1>
      {state.schools.length === 0 ? (
        <p>
          Choose your child's school so we can show its own questions and how to raise a concern.{' '}
          <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Choose a school
          </button>
        </p>
      ) : (
        state.schools.map((school) => (
          <div key={school.id}>
            <SchoolPrompts school={school} />
            <ComplaintsLink school={school} label="Raise it with the school instead" />
          </div>
        ))
      )}
    </main>
  );
}
