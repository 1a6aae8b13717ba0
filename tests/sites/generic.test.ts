// @vitest-environment happy-dom
import { generic } from '../../src/sites/adapters/generic';
import { testAdapter } from './adapter-tester';

testAdapter(generic, {
  hosts: ['localhost', 'www.google.com', 'forum.example.org'],
  composeBoxes: [
    { name: 'a textarea', html: `<textarea data-box data-focus></textarea>` },
    { name: 'a contenteditable, focused inside', html: `<div data-box contenteditable><p><b data-focus>x</b></p></div>` },
    { name: 'a plaintext-only editor', html: `<div data-box data-focus contenteditable="plaintext-only"></div>` },
    { name: 'an ARIA textbox wrapping an editor', html: `<div data-box role="textbox"><div contenteditable="true" data-focus></div></div>` },
  ],
  notComposeBoxes: [
    { name: 'a text input', html: `<input data-focus type="text">` },
    { name: 'a read-only textarea', html: `<textarea data-focus readonly></textarea>` },
    { name: 'a region marked not editable', html: `<div contenteditable="false"><span data-focus>x</span></div>` },
    { name: 'a button', html: `<button data-focus>Post</button>` },
  ],
});
