// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BoxState, startController } from '../../src/content/controller';
import type { DraftReport } from '../../src/messages';
import { generic } from '../../src/sites/adapters/generic';

const FLAGGED: DraftReport = {
  pause: true,
  level: 'caution',
  flags: [{ category: 'complaint', severity: 'caution', start: 0, end: 4, message: 'm' }],
};

function setup() {
  const analyze = vi.fn(async (_text: string): Promise<DraftReport> => FLAGGED);
  const renders: (BoxState | undefined)[] = [];
  const warmUp = vi.fn();
  const controller = startController(document, { adapter: generic, analyze, warmUp, render: (s) => renders.push(s), idleMs: 200 });
  return { analyze, renders, warmUp, controller, last: () => renders.at(-1) };
}

/** What a person typing does to a textarea: its value changes and `input` fires. */
function type(box: HTMLTextAreaElement, text: string) {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('the compose-box controller', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('does nothing until a compose box is focused', async () => {
    document.body.innerHTML = '<input id="search"><button id="b">Post</button>';
    const { analyze, renders, warmUp, controller } = setup();
    stop = controller.stop;
    document.getElementById('search')!.focus();
    document.getElementById('b')!.focus();
    await vi.advanceTimersByTimeAsync(1000);
    expect(analyze).not.toHaveBeenCalled();
    expect(warmUp).not.toHaveBeenCalled();
    expect(renders).toEqual([]);
  });

  it('reads a focused box at once, then once per pause in typing', async () => {
    document.body.innerHTML = '<textarea id="t">Year 6</textarea>';
    const { analyze, warmUp, controller, last } = setup();
    stop = controller.stop;
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    await flush();
    expect(warmUp).toHaveBeenCalledTimes(1);
    expect(analyze).toHaveBeenLastCalledWith('Year 6');
    expect(last()).toMatchObject({ box, report: FLAGGED, stale: false, dismissed: false });

    type(box, 'Year 6 t');
    type(box, 'Year 6 te');
    type(box, 'Year 6 tea');
    expect(last()).toMatchObject({ stale: true });
    await vi.advanceTimersByTimeAsync(199);
    expect(analyze).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(analyze).toHaveBeenLastCalledWith('Year 6 tea');
    expect(last()).toMatchObject({ stale: false, draft: { text: 'Year 6 tea' } });
  });

  it('reads a rich editor from its DOM, with no input event, as lines', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>one</p></div>';
    const { analyze, controller } = setup();
    stop = controller.stop;
    const editor = document.getElementById('e')!;
    editor.focus();
    await flush();
    const p = document.createElement('p');
    p.textContent = 'two';
    editor.append(p);
    await vi.advanceTimersByTimeAsync(200);
    expect(analyze).toHaveBeenLastCalledWith('one\ntwo');
  });

  it('drops a reading that a newer keystroke has overtaken', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const { analyze, controller, last } = setup();
    stop = controller.stop;
    let release!: (r: DraftReport) => void;
    analyze.mockImplementationOnce(() => new Promise((r) => (release = r)));
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    type(box, 'slow');
    await vi.advanceTimersByTimeAsync(200); // the slow reading is under way
    type(box, 'slow and newer');
    release({ pause: false, level: 'clear', flags: [] });
    await vi.advanceTimersByTimeAsync(200);
    expect(last()).toMatchObject({ report: FLAGGED, draft: { text: 'slow and newer' } });
  });

  it('"this isn\'t about school" quiets the draft until the box is emptied', async () => {
    document.body.innerHTML = '<textarea id="t">the head</textarea>';
    const { controller, last } = setup();
    stop = controller.stop;
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    await flush();
    controller.dismiss();
    expect(last()).toMatchObject({ dismissed: true });
    type(box, 'the head again');
    await vi.advanceTimersByTimeAsync(200);
    expect(last()).toMatchObject({ dismissed: true });
    type(box, '');
    await vi.advanceTimersByTimeAsync(200);
    type(box, 'a new draft');
    await vi.advanceTimersByTimeAsync(200);
    expect(last()).toMatchObject({ dismissed: false });
  });

  it('never changes the box it reads', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Mr <b>Smith</b> is a liar</p><p><br></p></div>';
    const editor = document.getElementById('e')!;
    const before = editor.outerHTML;
    const { controller } = setup();
    stop = controller.stop;
    editor.focus();
    await vi.advanceTimersByTimeAsync(1000);
    controller.dismiss();
    expect(editor.outerHTML).toBe(before);
  });
});

describe('the cost of a keystroke', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renders once when typing starts after a reading, not on every keystroke', async () => {
    document.body.innerHTML = '<textarea id="t">Year 6</textarea>';
    const { renders, controller } = setup();
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    await flush();
    const before = renders.length;
    for (const text of ['Year 6 a', 'Year 6 ab', 'Year 6 abc', 'Year 6 abcd']) type(box, text);
    expect(renders.length - before).toBe(1);
    expect(renders.at(-1)).toMatchObject({ stale: true });
    await vi.advanceTimersByTimeAsync(200);
    expect(renders.at(-1)).toMatchObject({ stale: false, draft: { text: 'Year 6 abcd' } });
    controller.stop();
  });
});
