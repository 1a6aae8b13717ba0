import type { SiteAdapter } from '../adapter';

/** Netmums' forum posts and replies are textareas and rich-text boxes. */
export const netmums: SiteAdapter = {
  id: 'netmums',
  name: 'Netmums',
  matches: ['https://www.netmums.com/*'],
  composeSelector: 'textarea, [contenteditable="true"]',
};
