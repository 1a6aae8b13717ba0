import type { DraftReport } from '../messages';
import type { SiteAdapter } from '../sites/adapter';
import { composeBoxFor } from '../sites';
import { type DraftText, isTextField, readDraft } from './draft-text';

/** What the nudge shows for the compose box the parent is using. */
export interface BoxState {
  box: HTMLElement;
  draft: DraftText;
  report: DraftReport;
  /** "This isn't about school": quiet for this draft until the box is emptied. */
  dismissed: boolean;
  /** The text has changed since this reading: its spans no longer fit, so none are drawn. */
  stale: boolean;
}

export interface ControllerDeps {
  adapter: SiteAdapter;
  analyze(text: string): Promise<DraftReport>;
  /** Called once, when a compose box is first used: loads the engine before it is needed. */
  warmUp(): void;
  /** Shows the state, or nothing; called whenever it changes. */
  render(state: BoxState | undefined): void;
  /** How long typing must pause before the draft is read. */
  idleMs?: number;
}

const CLEAR: DraftReport = { pause: false, level: 'clear', flags: [] };

/**
 * Watches the compose box the parent focuses and reads its draft when typing pauses. It only
 * ever reads: it sets no value, inserts nothing into the editor, dispatches no events and never
 * touches the selection. Nothing runs until a compose box is focused.
 */
export function startController(doc: Document, deps: ControllerDeps) {
  const idleMs = deps.idleMs ?? 250;
  const memory = new WeakMap<HTMLElement, { text: string; report: DraftReport; dismissed: boolean; stale: boolean }>();
  let active: { box: HTMLElement; stop: () => void } | undefined;
  let warmed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let version = 0;

  const show = (box: HTMLElement, draft: DraftText, stale = false) => {
    const remembered = memory.get(box);
    deps.render(remembered && { box, draft, report: remembered.report, dismissed: remembered.dismissed, stale });
  };

  const read = async (box: HTMLElement) => {
    if (!box.isConnected) return deps.render(undefined);
    const draft = readDraft(box);
    const remembered = memory.get(box);
    if (remembered?.text === draft.text) {
      remembered.stale = false;
      return show(box, draft);
    }
    const mine = ++version;
    const report = draft.text.trim() ? await deps.analyze(draft.text).catch(() => CLEAR) : CLEAR;
    // A newer keystroke has already asked again: this reading is stale.
    if (mine !== version || active?.box !== box) return;
    memory.set(box, {
      text: draft.text,
      report,
      dismissed: Boolean(draft.text.trim()) && (remembered?.dismissed ?? false),
      stale: false,
    });
    show(box, draft);
  };

  const changed = (box: HTMLElement) => {
    version++;
    // Keep the nudge steady while typing, but spans from the last reading no longer fit: say so
    // once, on the first keystroke after a reading, so typing itself costs a timer reset.
    const remembered = memory.get(box);
    if (remembered && !remembered.stale) {
      remembered.stale = true;
      show(box, { text: remembered.text, rangeFor: () => undefined }, true);
    }
    clearTimeout(timer);
    timer = setTimeout(() => void read(box), idleMs);
  };

  const watch = (box: HTMLElement) => {
    const onChange = () => changed(box);
    const observer = new MutationObserver(onChange);
    // Rich editors (Lexical, Draft.js) handle beforeinput themselves and may fire no input
    // event, so watch what actually changes in the DOM; textareas change only their value.
    if (!isTextField(box)) observer.observe(box, { subtree: true, childList: true, characterData: true });
    box.addEventListener('input', onChange);
    return () => {
      observer.disconnect();
      box.removeEventListener('input', onChange);
    };
  };

  const use = (target: EventTarget | null | undefined) => {
    if (!(target instanceof Element)) return;
    const box = composeBoxFor(target, deps.adapter);
    if (!box || box === active?.box) return;
    if (!warmed) {
      warmed = true;
      deps.warmUp();
    }
    active?.stop();
    active = { box, stop: watch(box) };
    clearTimeout(timer);
    void read(box);
  };

  // Inside open shadow roots the event's target is the host; the path starts at the real one.
  const onFocus = (event: FocusEvent) => use(event.composedPath()[0]);
  doc.addEventListener('focusin', onFocus, true);
  // A box focused before this script ran (autofocus) counts too.
  use(doc.activeElement);

  return {
    /** "This isn't about school": quiet for the active draft until its box is emptied. */
    dismiss() {
      const box = active?.box;
      const remembered = box && memory.get(box);
      if (!box || !remembered) return;
      remembered.dismissed = true;
      show(box, readDraft(box));
    },
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      clearTimeout(timer);
      active?.stop();
      active = undefined;
    },
  };
}
