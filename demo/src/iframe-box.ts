/** The page inside forum.html's iframe: an embedded comment widget with its own textarea and window.demo. */
import { byId, el } from './dom.ts';
import { registerTextControl } from './hooks.ts';

const comment = byId<HTMLTextAreaElement>('comment');
registerTextControl('comment', comment);

const comments = byId('comments');
byId('comment-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (comment.value.trim() === '') return;
  const item = el('div', 'widget-comment pre');
  item.append(el('strong', '', 'You'), `: ${comment.value}`);
  item.dataset.demoPost = '';
  comments.append(item);
  byId('count').textContent = `(${comments.childElementCount})`;
  comment.value = '';
});
