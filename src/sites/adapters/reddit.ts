import type { SiteAdapter } from '../adapter';

/** Reddit's post and comment composers: textareas, and rich-text boxes inside open shadow roots. */
export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  composeSelector: 'textarea, [contenteditable="true"], [role="textbox"]',
};
