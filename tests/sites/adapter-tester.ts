import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../src/sites/adapter';
import { adapterFor, composeBoxFor } from '../../src/sites';

/**
 * Run from test files under `// @vitest-environment happy-dom`.
 * A table of page snippets shaped like the site's own markup. In `composeBoxes`, focusing the
 * element marked `data-focus` must resolve to the one marked `data-box`; in `notComposeBoxes`,
 * focusing `data-focus` must resolve to nothing.
 */
export interface AdapterCases {
  hosts: string[];
  composeBoxes: { name: string; html: string }[];
  notComposeBoxes: { name: string; html: string }[];
}

export function testAdapter(adapter: SiteAdapter, cases: AdapterCases) {
  describe(`site adapter: ${adapter.id}`, () => {
    it.each(cases.hosts)('is the adapter for %s', (host) => {
      expect(adapterFor(host)).toBe(adapter);
    });
    it.each(cases.composeBoxes)('finds the compose box: $name', ({ html }) => {
      document.body.innerHTML = html;
      const focused = document.querySelector('[data-focus]');
      const box = document.querySelector('[data-box]');
      expect(focused, 'fixture needs data-focus').not.toBeNull();
      expect(box, 'fixture needs data-box').not.toBeNull();
      expect(composeBoxFor(focused!, adapter)).toBe(box);
    });
    it.each(cases.notComposeBoxes)('leaves alone: $name', ({ html }) => {
      document.body.innerHTML = html;
      const focused = document.querySelector('[data-focus]');
      expect(focused, 'fixture needs data-focus').not.toBeNull();
      expect(composeBoxFor(focused!, adapter)).toBeUndefined();
    });
  });
}
