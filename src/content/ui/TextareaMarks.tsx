import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import type { Flag } from '../../engine';
import type { Anchor } from './use-anchor';

/** The textarea styles that decide where each character lands. */
const MIRRORED = [
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'direction', 'textAlign',
] as const;

/**
 * Underlines for a textarea, whose text is not in the DOM: a transparent copy of its text laid
 * out exactly like it, over it, following its scroll. The textarea itself is never touched.
 */
export function TextareaMarks({ box, text, flags, anchor }: {
  box: HTMLTextAreaElement | HTMLInputElement;
  text: string;
  flags: readonly Flag[];
  anchor: Anchor;
}) {
  const [scroll, setScroll] = useState({ top: box.scrollTop, left: box.scrollLeft });
  useEffect(() => {
    const onScroll = () => setScroll({ top: box.scrollTop, left: box.scrollLeft });
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, [box]);

  const computed = box.ownerDocument.defaultView!.getComputedStyle(box);
  // The client box leaves out borders and any scrollbar, so text wraps exactly as it does inside.
  const style: CSSProperties = {
    position: 'fixed',
    top: anchor.top + box.clientTop,
    left: anchor.left + box.clientLeft,
    width: box.clientWidth,
    height: box.clientHeight,
    boxSizing: 'border-box',
    overflow: 'hidden',
  };
  for (const key of MIRRORED) (style as Record<string, string>)[key] = computed[key];
  Object.assign(style, {
    color: 'transparent',
    whiteSpace: box.tagName === 'INPUT' ? 'pre' : 'pre-wrap',
    overflowWrap: 'break-word',
    pointerEvents: 'none',
    margin: 0,
  });

  const pieces: ReactNode[] = [];
  let at = 0;
  for (const flag of [...flags].filter((f) => f.severity !== 'info').sort((a, b) => a.start - b.start)) {
    if (flag.start < at) continue;
    pieces.push(<span key={`t${at}`}>{text.slice(at, flag.start)}</span>);
    pieces.push(
      <mark key={`m${flag.start}`} className={`mark ${flag.severity}`}>
        {text.slice(flag.start, flag.end)}
      </mark>,
    );
    at = flag.end;
  }
  pieces.push(<span key="tail">{text.slice(at)}</span>);

  return (
    <div className="textarea-marks" style={style} aria-hidden="true">
      <div style={{ transform: `translate(${-scroll.left}px, ${-scroll.top}px)` }}>{pieces}</div>
    </div>
  );
}
