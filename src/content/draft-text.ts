/**
 * The draft as the parent sees it, read without touching the editor: a textarea's value, or a
 * contenteditable's rendered text with a line break between blocks. For a contenteditable it also
 * keeps where each text node starts, so a finding's offsets can become a DOM Range to highlight.
 */
export interface DraftText {
  text: string;
  /** A Range over [start, end) of `text`, or undefined where the draft is not a DOM tree. */
  rangeFor(start: number, end: number): Range | undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

export function isTextField(box: Element): box is HTMLTextAreaElement | HTMLInputElement {
  return box.tagName === 'TEXTAREA' || box.tagName === 'INPUT';
}

export function readDraft(box: HTMLElement): DraftText {
  if (isTextField(box)) return { text: box.value, rangeFor: () => undefined };

  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let endsWithBreak = true;
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        nodes.push(child as Text);
        starts.push(length);
        add(data);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          add('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block && !endsWithBreak) add('\n');
        walk(child as Element);
        if (block && !endsWithBreak) add('\n');
      }
    }
  };
  walk(box);
  let text = parts.join('');
  // A trailing block break is layout, not text the parent typed.
  if (text.endsWith('\n')) text = text.slice(0, -1);

  return {
    text,
    rangeFor(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return undefined;
      const range = box.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range.collapsed ? undefined : range;
    },
  };

  /**
   * The text node and offset for a position: the last node starting at or before it, or for an
   * end position strictly before it, so a span ending at a node boundary stays in its own node.
   */
  function locate(position: number, atEnd: boolean): { node: Text; offset: number } | undefined {
    let lo = 0;
    let hi = nodes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const begin = starts[mid]!;
      if (atEnd ? begin < position : begin <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const node = nodes[found]!;
    return { node, offset: Math.min(position - starts[found]!, node.data.length) };
  }
}
