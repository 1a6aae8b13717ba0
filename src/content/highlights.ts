import type { Flag, Severity } from '../engine';
import type { DraftText } from './draft-text';

const NAMES: Record<Exclude<Severity, 'info'>, string> = {
  caution: 'before-you-post-caution',
  serious: 'before-you-post-serious',
};

/** A huge paste can carry thousands of findings; underlining the first few hundred is enough. */
const MAX_RANGES = 300;

const STYLE = `
::highlight(${NAMES.caution}) { text-decoration: underline wavy #c27c0e; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${NAMES.serious}) { text-decoration: underline wavy #c0392b; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

/**
 * Underlines flagged spans in a contenteditable with the CSS Custom Highlight API: the ranges
 * live in the browser's highlight registry, so the editor's DOM is never touched. Textareas get
 * an overlay from the nudge instead, since their text is not in the DOM.
 */
export function createHighlighter(doc: Document) {
  const view = doc.defaultView;
  const supported = Boolean(view && 'highlights' in view.CSS && 'Highlight' in view);
  let styled = false;

  const clear = () => {
    if (!supported) return;
    for (const name of Object.values(NAMES)) view!.CSS.highlights.delete(name);
  };

  return {
    clear,
    show(draft: DraftText, flags: readonly Flag[]) {
      clear();
      if (!supported) return;
      if (!styled) {
        const sheet = new view!.CSSStyleSheet();
        sheet.replaceSync(STYLE);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        styled = true;
      }
      for (const severity of ['caution', 'serious'] as const) {
        const ranges = flags
          .filter((f) => f.severity === severity)
          .slice(0, MAX_RANGES)
          .map((f) => draft.rangeFor(f.start, f.end))
          .filter((r): r is Range => r !== undefined);
        if (ranges.length) view!.CSS.highlights.set(NAMES[severity], new view!.Highlight(...ranges));
      }
    },
  };
}
