import { createRoot } from 'react-dom/client';
import { CATEGORIES } from '../engine/types';
import type { BoxState } from './controller';
import { createHighlighter } from './highlights';
import { Nudge } from './ui/Nudge';

export interface NudgeView {
  render(state: BoxState | undefined): void;
}

/**
 * Renders the nudge into its shadow root and the highlights into the page's highlight registry.
 * `expose` (test builds only) mirrors the draft's level, categories and length onto the host
 * element for tools outside the project; production builds keep them inside the closed shadow root.
 */
export function mountNudge(
  container: HTMLElement,
  host: HTMLElement,
  actions: { dismiss(): void; openComplaints(schoolId: string): void },
  expose: boolean,
): NudgeView {
  const root = createRoot(container);
  const highlighter = createHighlighter(host.ownerDocument);
  const render = (state: BoxState | undefined) => {
    const report = state?.report;
    if (state && report?.pause && !state.dismissed && !state.stale) highlighter.show(state.draft, report.flags);
    else highlighter.clear();
    if (expose && !state?.stale) {
      host.dataset.level = report?.level ?? 'clear';
      host.dataset.categories = CATEGORIES.filter((c) => report?.flags.some((f) => f.category === c)).join(' ');
      host.dataset.chars = String(state?.draft.text.length ?? 0);
    }
    root.render(
      <div className="root">
        <Nudge state={state} onDismiss={actions.dismiss} onOpenComplaints={actions.openComplaints} />
      </div>,
    );
  };
  render(undefined);
  return { render };
}
