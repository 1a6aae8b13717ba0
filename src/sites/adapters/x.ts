import type { SiteAdapter } from '../adapter';

/** X's post and reply boxes are Draft.js editors. */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter)',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  composeSelector: '.public-DraftEditor-content, [data-testid^="tweetTextarea_"][contenteditable="true"], textarea',
};
