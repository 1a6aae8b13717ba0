// @vitest-environment happy-dom
import { whatsapp } from '../../src/sites/adapters/whatsapp';
import { testAdapter } from './adapter-tester';

testAdapter(whatsapp, {
  hosts: ['web.whatsapp.com'],
  composeBoxes: [
    {
      name: "the chat's message box (Lexical) in the footer",
      html: `<div id="main"><footer><div data-box data-focus contenteditable="true" role="textbox" aria-label="Type a message" data-lexical-editor="true" data-tab="10"><p class="selectable-text"><br></p></div></footer></div>`,
    },
  ],
  notComposeBoxes: [
    {
      name: 'the chat-list search box, also a Lexical editor',
      html: `<div id="side"><div data-focus contenteditable="true" role="textbox" aria-label="Search input textbox" data-lexical-editor="true" data-tab="3"><p><br></p></div></div>`,
    },
  ],
});
