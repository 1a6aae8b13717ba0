/** Forum-like page: thread title input, message textarea, a reply textarea, and an iframe comment widget. */
import { byId, el } from './dom.ts';
import { registerTextControl } from './hooks.ts';

const title = byId<HTMLInputElement>('title');
const message = byId<HTMLTextAreaElement>('message');
const reply = byId<HTMLTextAreaElement>('reply');

registerTextControl('title', title);
registerTextControl('message', message);
registerTextControl('reply', reply);

function forumPost(author: string, text: string): HTMLElement {
  const post = el('div', 'forum-post');
  const meta = el('div', 'forum-meta');
  meta.append(el('strong', '', author), el('span', 'muted small', ' · Just now'));
  post.append(meta, el('p', 'pre', text));
  post.dataset.demoPost = '';
  return post;
}

byId('new-thread').addEventListener('submit', (event) => {
  event.preventDefault();
  if (title.value.trim() === '' && message.value.trim() === '') return;
  const thread = el('article', 'thread');
  thread.append(el('h3', '', title.value || '(no title)'), forumPost('You', message.value));
  byId('new-threads').prepend(thread);
  title.value = '';
  message.value = '';
});

byId('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (reply.value.trim() === '') return;
  byId('replies').append(forumPost('You', reply.value));
  reply.value = '';
});
