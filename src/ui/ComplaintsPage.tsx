import { CONCERN_LABELS } from '../config/concern-labels';
import type { ConcernId, SchoolConfig } from '../config/schema';

/** A school's route for raising a concern, readable on its own. */
export function ComplaintsPage({ school }: { school: SchoolConfig | undefined }) {
  if (!school) {
    return (
      <main style={{ maxWidth: 720, margin: '0 auto', padding: '1.5rem' }}>
        <h1>School not found</h1>
        <p>This link does not name a school in this version of Before You Post.</p>
      </main>
    );
  }
  const { complaints, policy } = school;
  const concerns = Object.entries(policy.concerns) as [ConcernId, { clause: string; action?: string }][];
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: '1.5rem' }}>
      <h1>Raising a concern with {school.name}</h1>
      <p>Talking to the school directly is usually the quickest way to sort things out. The school asks parents to:</p>
      <ol className="card">
        {complaints.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>How to reach the school</h2>
      <ul>
        {complaints.url && (
          <li>
            Online: <a href={complaints.url}>{complaints.url}</a>
          </li>
        )}
        {complaints.email && (
          <li>
            Email: <a href={`mailto:${complaints.email}`}>{complaints.email}</a>
          </li>
        )}
        {complaints.phone && (
          <li>
            Phone: <a href={`tel:${complaints.phone.replace(/\s+/g, '')}`}>{complaints.phone}</a>
          </li>
        )}
        {complaints.address && <li>Write to or visit: {complaints.address}</li>}
        {complaints.inPerson && <li>{complaints.inPerson}</li>}
        {school.website && (
          <li>
            School website: <a href={school.website}>{school.website}</a>
          </li>
        )}
      </ul>
      <h2>
        {policy.title}
        {policy.date && <span className="muted"> ({policy.date})</span>}
      </h2>
      {policy.summary && <p>{policy.summary}</p>}
      <dl>
        {concerns.map(([id, concern]) => (
          <div key={id} className="card" style={{ marginBottom: '0.5rem' }}>
            <dt>
              <strong>{CONCERN_LABELS[id]}</strong>
            </dt>
            <dd style={{ margin: 0 }}>
              <p>{concern.clause}</p>
              {concern.action && <p className="muted">What the school says it will do: {concern.action}</p>}
            </dd>
          </div>
        ))}
      </dl>
      {policy.actions.length > 0 && (
        <>
          <h2>What the school may do</h2>
          <ul>
            {policy.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      )}
      {policy.legal.length > 0 && (
        <>
          <h2>The law the policy mentions</h2>
          <ul>
            {policy.legal.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
