/** Small DOM helpers for the demo pages. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo: missing #${id}`);
  return element as T;
}

/** Creates an element with a class and text (text goes in as text, never as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/** Builds a Lexical mount point: a `.lex-wrap` with the editable div and its placeholder. */
export function lexicalMount(label: string, wrapClass: string): { wrap: HTMLDivElement; editable: HTMLDivElement } {
  const wrap = el('div', `lex-wrap ${wrapClass}`);
  const editable = el('div');
  editable.setAttribute('aria-label', label);
  editable.setAttribute('aria-placeholder', label);
  const placeholder = el('div', 'lex-placeholder', label);
  placeholder.setAttribute('aria-hidden', 'true');
  wrap.append(editable, placeholder);
  return { wrap, editable };
}

export function whenLoaded(callback: () => void): void {
  if (document.readyState === 'complete') callback();
  else window.addEventListener('load', callback, { once: true });
}
