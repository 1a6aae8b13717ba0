/**
 * Test hooks every demo page puts on `window.demo` (see demo/src/hooks.ts).
 * The end-to-end tests read each editor's own model through these, not the DOM.
 */
export {};

declare global {
  /** A selection as UTF-16 offsets into the string `window.demo.text(name)` returns. */
  interface DemoSelection {
    anchor: number;
    focus: number;
  }

  interface DemoHooks {
    /** The editor's own model text for the named box. Throws if no such box is on the page. */
    text(name: string): string;
    /** The editor's own model selection, or null when the editor has none. Throws if no such box. */
    selection(name: string): DemoSelection | null;
    /** Names of the boxes currently on the page, in the order they were added. */
    boxes(): string[];
  }

  interface Window {
    demo: DemoHooks;
  }
}
