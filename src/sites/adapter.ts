/**
 * A site adapter says where the content script runs and which editable elements there are
 * compose boxes. One file per site in ./adapters, named by its id.
 */
export interface SiteAdapter {
  /** The file name, without `.ts`. */
  id: string;
  /** For people: "Facebook". */
  name: string;
  /** Match patterns the content script is registered for; none for the generic adapter. */
  matches: readonly string[];
  /** Compose boxes: a focused element inside one of these is watched. */
  composeSelector: string;
}

/** Anything a person can type a post into: the generic adapter's selector. */
export const EDITABLE_SELECTOR = [
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="textbox"]',
].join(', ');
