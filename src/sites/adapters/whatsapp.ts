import type { SiteAdapter } from '../adapter';

/**
 * WhatsApp Web's message box is a Lexical editor in the chat's footer; the chat-list search box
 * is one too, so only the footer's counts.
 */
export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  composeSelector: 'footer [contenteditable="true"]',
};
