import type { SchoolConfig } from '../config/schema';

/**
 * "Send this to the school instead": an email to the school's address with the draft in it,
 * for the parent to read, change and send themselves. Without an address there is no link, and
 * the draft is copied for the school's complaints form instead.
 */
export function mailtoLink(school: SchoolConfig, draft: string): string | undefined {
  const email = school.complaints.email;
  if (!email) return undefined;
  const subject = `A concern I would like to raise with ${school.name}`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(draft)}`;
}
