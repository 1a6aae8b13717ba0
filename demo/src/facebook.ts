/** Facebook-like feed: Lexical composer, a comment box that appears later, and a composer dialog. */
import { byId, el, lexicalMount, whenLoaded } from './dom.ts';
import { createLexicalBox, type LexicalBox } from './lexical-box.ts';

const feed = byId('feed');

function postCard(text: string): HTMLElement {
  const card = el('article', 'card post');
  const head = el('header', 'post-head');
  const avatar = el('span', 'avatar', 'S');
  avatar.setAttribute('aria-hidden', 'true');
  const who = el('div');
  who.append(el('strong', '', 'Sam Taylor'), el('div', 'muted small', 'Just now · Friends'));
  head.append(avatar, who);
  card.append(head, el('p', 'pre', text));
  card.dataset.demoPost = '';
  return card;
}

function publish(box: LexicalBox): void {
  const text = box.text();
  if (text.trim() === '') return;
  feed.prepend(postCard(text));
  box.clear();
}

// 1. The "What's on your mind?" composer.
const composer = createLexicalBox(byId('composer'), { name: 'composer' });
byId('post').addEventListener('click', () => publish(composer));

// 2. "Write a comment" under the PTA post, added 1.5 s after load. Enter sends, Shift+Enter is a new line.
whenLoaded(() => {
  setTimeout(() => {
    const comments = byId('pta-comments');
    const row = el('div', 'comment fb-write-comment');
    const avatar = el('span', 'avatar tiny', 'S');
    avatar.setAttribute('aria-hidden', 'true');
    const { wrap, editable } = lexicalMount('Write a comment…', 'fb-comment-input');
    row.append(avatar, wrap);
    byId('post-pta').append(row);
    createLexicalBox(editable, {
      name: 'comment',
      onEnter: (box) => {
        const text = box.text();
        if (text.trim() === '') return;
        const comment = el('div', 'comment');
        const who = el('span', 'avatar tiny', 'S');
        who.setAttribute('aria-hidden', 'true');
        const bubble = el('div', 'bubble');
        bubble.append(el('strong', '', 'Sam Taylor'), el('div', 'pre', text));
        comment.append(who, bubble);
        comments.append(comment);
        box.clear();
      },
    });
  }, 1500);
});

// 3. "Create post" dialog whose Lexical composer is created when it opens and destroyed when it closes.
const modal = byId('modal');
const slot = byId('dialog-slot');
let dialogBox: LexicalBox | null = null;

function openDialog(): void {
  if (dialogBox) return;
  const { wrap, editable } = lexicalMount("What's on your mind, Sam?", '');
  slot.replaceChildren(...wrap.childNodes);
  slot.classList.add('is-empty');
  modal.hidden = false;
  dialogBox = createLexicalBox(editable, { name: 'dialog' });
  editable.focus();
}

function closeDialog(): void {
  if (!dialogBox) return;
  dialogBox.destroy();
  dialogBox = null;
  slot.replaceChildren();
  modal.hidden = true;
  byId('open-dialog').focus();
}

byId('open-dialog').addEventListener('click', openDialog);
byId('close-dialog').addEventListener('click', closeDialog);
byId('dialog-post').addEventListener('click', () => {
  if (!dialogBox || dialogBox.text().trim() === '') return;
  publish(dialogBox);
  closeDialog();
});
modal.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeDialog();
});
modal.addEventListener('click', (event) => {
  if (event.target === modal) closeDialog();
});
