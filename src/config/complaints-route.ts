import type { SchoolConfig } from './schema';

export type ComplaintsRoute =
  | { external: true; href: string }
  /** The extension's own page with the school's complaint steps and contacts. */
  | { external: false; href: `/complaints.html?school=${string}` };

/** Where "raise it with the school instead" goes: the school's own page, or ours when it has none. */
export function complaintsRoute(school: SchoolConfig): ComplaintsRoute {
  if (school.complaints.url) return { external: true, href: school.complaints.url };
  return { external: false, href: `/complaints.html?school=${encodeURIComponent(school.id)}` };
}
