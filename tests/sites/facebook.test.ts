// @vitest-environment happy-dom
import { facebook } from '../../src/sites/adapters/facebook';
import { testAdapter } from './adapter-tester';

testAdapter(facebook, {
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  composeBoxes: [
    {
      name: 'the feed composer (Lexical), focused on a text span inside it',
      html: `<div role="dialog"><div data-box contenteditable="true" role="textbox" aria-label="What's on your mind?" data-lexical-editor="true"><p><span data-focus data-lexical-text="true">Year 6</span></p></div></div>`,
    },
    {
      name: 'a comment box',
      html: `<form><div data-box data-focus contenteditable="true" role="textbox" aria-label="Write a comment…" data-lexical-editor="true"><p><br></p></div></form>`,
    },
  ],
  notComposeBoxes: [
    { name: 'the search field', html: `<input data-focus type="search" aria-label="Search Facebook">` },
    { name: 'a read-only post', html: `<div data-focus role="article"><span>Sports day!</span></div>` },
  ],
});
