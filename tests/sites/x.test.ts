// @vitest-environment happy-dom
import { x } from '../../src/sites/adapters/x';
import { testAdapter } from './adapter-tester';

testAdapter(x, {
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  composeBoxes: [
    {
      name: 'the post composer (Draft.js)',
      html: `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div data-box class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><div data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-focus data-text="true">hello</span></span></div></div></div></div></div></div>`,
    },
  ],
  notComposeBoxes: [
    { name: 'the search field', html: `<input data-focus data-testid="SearchBox_Search_Input" aria-label="Search query">` },
    { name: 'the DM search (not a post)', html: `<div><input data-focus type="text" placeholder="Search people"></div>` },
  ],
});
