import type { SiteAdapter } from '../adapter';

/** Mumsnet's talk boards post and reply through textareas and rich-text boxes. */
export const mumsnet: SiteAdapter = {
  id: 'mumsnet',
  name: 'Mumsnet',
  matches: ['https://www.mumsnet.com/*'],
  composeSelector: 'textarea, [contenteditable="true"]',
};
