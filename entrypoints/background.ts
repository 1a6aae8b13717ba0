import { browser, defineBackground } from '#imports';
import { BUNDLED_SCHOOLS } from '@/src/config/bundled';

export default defineBackground(() => {
  // A build with several schools needs the parent to pick theirs before anything can apply.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && BUNDLED_SCHOOLS.length > 1) void browser.runtime.openOptionsPage();
  });
});
