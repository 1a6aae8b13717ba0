/** WhatsApp-Web-like group chat: a Lexical "Type a message" box; Enter sends, Shift+Enter is a new line. */
import { byId, el } from './dom.ts';
import { createLexicalBox, type LexicalBox } from './lexical-box.ts';

const messages = byId('messages');

function send(box: LexicalBox): void {
  const text = box.text();
  if (text.trim() === '') return;
  const bubble = el('div', 'msg out');
  bubble.dataset.demoSent = '';
  const now = new Date();
  const time = el('time', '', `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`);
  bubble.append(el('div', 'pre', text), time);
  messages.append(bubble);
  messages.scrollTop = messages.scrollHeight;
  box.clear();
}

const message = createLexicalBox(byId('message'), { name: 'message', onEnter: send });
byId('send').addEventListener('click', () => {
  send(message);
  message.editor.focus();
});
