// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../src/content/draft-text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e')!;
}

describe('reading a draft', () => {
  it.each([
    ['a textarea value', '<textarea id="e">line one\nline two</textarea>', 'line one\nline two'],
    ['Lexical paragraphs', '<p><span data-lexical-text="true">Hello </span><strong data-lexical-text="true">Mrs P</strong></p><p><span data-lexical-text="true">Second</span></p>', 'Hello Mrs P\nSecond'],
    ['a Lexical line break and an empty paragraph', '<p><span>a</span><br><span>b</span></p><p><br></p><p><span>c</span></p>', 'a\nb\n\nc'],
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">First</span></span></div></div><div data-block="true"><div><span><span data-text="true">Second</span></span></div></div></div>', 'First\nSecond'],
    ['an empty editor', '<p><br></p>', ''],
  ])('reads %s', (_, html, text) => {
    if (html.startsWith('<textarea')) document.body.innerHTML = html;
    const box = html.startsWith('<textarea') ? document.getElementById('e')! : editor(html);
    expect(readDraft(box).text).toBe(text);
  });

  it('turns a span of the text back into a DOM range over the same characters', () => {
    const box = editor('<p><span>Ask </span><b>Mr Hughes</b><span> why</span></p><p><span>he lied</span></p>');
    const draft = readDraft(box);
    for (const word of ['Mr Hughes', 'Ask Mr', 'Hughes why', 'why\nhe', 'lied']) {
      const start = draft.text.indexOf(word);
      const range = draft.rangeFor(start, start + word.length);
      expect(range?.toString().replace(/\s+/g, ' '), word).toBe(word.replace(/\n/, ''));
    }
  });

  it('gives no range for a textarea, whose text is not in the DOM', () => {
    document.body.innerHTML = '<textarea id="t">Mr Hughes</textarea>';
    expect(readDraft(document.getElementById('t')!).rangeFor(0, 2)).toBeUndefined();
  });
});
