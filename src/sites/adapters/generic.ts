import { EDITABLE_SELECTOR, type SiteAdapter } from '../adapter';

/** Any other page: sites a school or parent adds, and the local demo and test pages. */
export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other sites',
  matches: [],
  composeSelector: EDITABLE_SELECTOR,
};
