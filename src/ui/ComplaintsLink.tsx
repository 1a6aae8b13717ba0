import { browser } from '#imports';
import { complaintsRoute } from '../config/complaints-route';
import type { SchoolConfig } from '../config/schema';

/** The one-click way to the school's complaints route, opened in a new tab. */
export function ComplaintsLink({ school, label }: { school: SchoolConfig; label: string }) {
  const route = complaintsRoute(school);
  const href = route.external ? route.href : browser.runtime.getURL(route.href);
  return (
    <a className="button" href={href} target="_blank" rel="noreferrer noopener">
      {label}
    </a>
  );
}
