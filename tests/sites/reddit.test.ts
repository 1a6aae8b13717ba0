// @vitest-environment happy-dom
import { reddit } from '../../src/sites/adapters/reddit';
import { testAdapter } from './adapter-tester';

testAdapter(reddit, {
  hosts: ['www.reddit.com', 'old.reddit.com'],
  composeBoxes: [
    { name: "old Reddit's comment textarea", html: `<div class="usertext-edit"><textarea data-box data-focus name="text"></textarea></div>` },
    {
      name: 'the rich-text comment composer',
      html: `<div slot="rte" data-box contenteditable="true" role="textbox" aria-label="Comment"><p><span data-focus>hi</span></p></div>`,
    },
  ],
  notComposeBoxes: [{ name: 'the search field', html: `<input data-focus type="search" placeholder="Search Reddit">` }],
});
