import type { SiteAdapter } from '../adapter';

/** Facebook's composers (posts, comments, Messenger) are Lexical editors marked as textboxes. */
export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  composeSelector: '[contenteditable="true"][role="textbox"], textarea',
};
