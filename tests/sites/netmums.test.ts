// @vitest-environment happy-dom
import { netmums } from '../../src/sites/adapters/netmums';
import { testAdapter } from './adapter-tester';

testAdapter(netmums, {
  hosts: ['www.netmums.com'],
  composeBoxes: [
    { name: 'a new-thread message textarea', html: `<form><label for="m">Message</label><textarea data-box data-focus id="m" name="message"></textarea></form>` },
    { name: 'a rich-text reply box', html: `<div class="reply"><div data-box contenteditable="true"><p data-focus>Reply</p></div></div>` },
  ],
  notComposeBoxes: [
    { name: 'the search field', html: `<form role="search"><input data-focus type="search" name="q"></form>` },
    { name: 'a disabled textarea', html: `<textarea data-focus disabled></textarea>` },
  ],
});
