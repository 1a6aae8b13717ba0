import { browser, createShadowRootUi, defineContentScript } from '#imports';
import { startController } from '@/src/content/controller';
import { readDraft } from '@/src/content/draft-text';
import { type NudgeView, mountNudge } from '@/src/content/mount';
import styles from '@/src/content/ui/nudge.css?inline';
import type { BoxState } from '@/src/content/controller';
import type { BackgroundRequest, ContentRequest, DraftReport, DraftStatus } from '@/src/messages';
import { BUILTIN_MATCHES, adapterFor } from '@/src/sites';

const E2E = import.meta.env.MODE === 'e2e';

function send<T = void>(request: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(request);
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
        return ui.mounted!;
      }));
    const openComplaints = (schoolId: string) => void send({ type: 'open-complaints', schoolId });

    let latest: BoxState | undefined;
    const controller = startController(document, {
      adapter: adapterFor(location.hostname),
      analyze: (text) => send<DraftReport>({ type: 'analyze', text }),
      warmUp: () => {
        void send({ type: 'warm-up' });
        void mount();
      },
      render: (state) => {
        latest = state;
        void mount().then((v) => v.render(state));
      },
    });
    ctx.onInvalidated(() => controller.stop());

    // The popup asks the frame with a draft; frames without one stay silent.
    browser.runtime.onMessage.addListener((message: ContentRequest, sender) => {
      if (sender.id !== browser.runtime.id || !latest) return;
      if (message.type === 'draft-status') {
        return Promise.resolve<DraftStatus>({ report: latest.report, length: latest.draft.text.length });
      }
      if (message.type === 'draft-text') return Promise.resolve(readDraft(latest.box).text);
    });
  },
});
