/** The `window.demo` test hooks shared by every demo page. */

export interface DemoBox {
  /** The editable element itself (contenteditable, textarea or input). */
  element: HTMLElement;
  text(): string;
  selection(): DemoSelection | null;
}

const boxes = new Map<string, DemoBox>();

function box(name: string): DemoBox {
  const found = boxes.get(name);
  if (!found || !found.element.isConnected) throw new Error(`window.demo: no box named "${name}" on this page`);
  return found;
}

window.demo = {
  text: (name) => box(name).text(),
  selection: (name) => box(name).selection(),
  boxes: () => [...boxes].filter(([, b]) => b.element.isConnected).map(([name]) => name),
};

/** Adds a named box to `window.demo` and marks its element with `data-demo-box`. Returns a remover. */
export function registerBox(name: string, demoBox: DemoBox): () => void {
  demoBox.element.dataset.demoBox = name;
  boxes.set(name, demoBox);
  return () => {
    if (boxes.get(name) === demoBox) boxes.delete(name);
  };
}

/** A box whose editor is a plain `<textarea>` or `<input>`: the model is `.value`. */
export function registerTextControl(name: string, element: HTMLTextAreaElement | HTMLInputElement): () => void {
  return registerBox(name, {
    element,
    text: () => element.value,
    selection: () => {
      const start = element.selectionStart;
      const end = element.selectionEnd;
      if (start === null || end === null) return null;
      return element.selectionDirection === 'backward' ? { anchor: end, focus: start } : { anchor: start, focus: end };
    },
  });
}
