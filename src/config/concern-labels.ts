import type { ConcernId } from './schema';

/** Plain names for the concerns a policy lists, as a parent would read them. */
export const CONCERN_LABELS: Record<ConcernId, string> = {
  complaint: 'Complaints about the school',
  allegation: 'Allegations',
  'naming-child': 'Naming children',
  'naming-staff': 'Naming staff',
  threat: 'Threats',
  hate: 'Hateful content',
  abuse: 'Abusive language',
  'pile-on': 'Campaigns against the school or a person',
  photos: 'Photos of pupils or staff',
  'school-identity': "Posting in the school's name",
};
