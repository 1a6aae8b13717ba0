import { createShadowRootUi, defineContentScript } from '#imports';
import { BUILTIN_MATCHES } from '@/src/sites/matches';

export default defineContentScript({
  matches: BUILTIN_MATCHES,
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'before-you-post',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (_container, _shadow, host) => {
        host.dataset.level = 'clear';
        host.dataset.categories = '';
      },
    });
    ui.mount();
  },
});
