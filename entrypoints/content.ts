import { browser, createShadowRootUi, defineContentScript } from '#imports';
import { startController } from '@/src/content/controller';
import { readDraft } from '@/src/content/draft-text';
import { type NudgeView, mountNudge } from '@/src/content/mount';
import styles from '@/src/content/ui/nudge.css?inline';
import type { BoxState } from '@/src/content/controller';
import type { BackgroundRequest, ContentRequest, DraftReport } from '@/src/messages';
import { BUILTIN_MATCHES, adapterFor } from '@/src/sites';

const E2E = import.meta.env.MODE === 'e2e';

function send<T = void>(request: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(request);
}

/**
 * A message needing no answer. After an extension update this old script can no longer reach
 * the background; that is expected, and nothing about it belongs in the page's console.
 */
function notify(request: BackgroundRequest): void {
  send(request).catch(() => undefined);
}

export default defineContentScript({
  matches: BUILTIN_MATCHES,
  allFrames: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    // Nothing is built until a compose box is focused: most pages never need the nudge.
    let view: Promise<NudgeView> | undefined;
    const mount = () =>
      (view ??= createShadowRootUi(ctx, {
        name: 'before-you-post',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: styles,
        // Closed, so the page cannot read what the nudge says about the draft.
        mode: E2E ? 'open' : 'closed',
        onMount: (container, _shadow, host) =>
          mountNudge(container, host, { dismiss: () => controller.dismiss(), openComplaints }, E2E),
      }).then((ui) => {
        ui.mount();
        // Whatever was read while it was being built.
        ui.mounted!.render(latest);
        return ui.mounted!;
      }));
    const openComplaints = (schoolId: string) => notify({ type: 'open-complaints', schoolId });

    let latest: BoxState | undefined;
    const controller = startController(document, {
      adapter: adapterFor(location.hostname),
      analyze: (text) => send<DraftReport>({ type: 'analyze', text }),
      warmUp: () => {
        notify({ type: 'warm-up' });
        // Building the nudge's React root takes tens of milliseconds: do it when the page is idle,
        // not in the middle of the click or keystroke that focused the box.
        requestIdleCallback(() => void mount(), { timeout: 2000 });
      },
      render: (state) => {
        latest = state;
        // Before the idle-time build, only a draft worth a pause builds the nudge at once.
        if (view) void view.then((v) => v.render(state));
        else if (state?.report.pause) void mount();
        if (state && !state.stale) {
          notify({ type: 'draft-state', status: { report: state.report, length: state.draft.text.length } });
        }
      },
    });
    ctx.onInvalidated(() => controller.stop());

    browser.runtime.onMessage.addListener((message: ContentRequest, sender) => {
      if (sender.id !== browser.runtime.id) return;
      if (message.type === 'ping') return window === window.top ? Promise.resolve(location.hostname) : undefined;
      if (message.type === 'draft-text' && latest) return Promise.resolve(readDraft(latest.box).text);
    });
  },
});
