import { useEffect, useState } from 'react';

export interface Anchor {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The box's place in the viewport, followed through scrolling, resizing and layout changes at
 * most once a frame, and only while there is something to show.
 */
export function useAnchor(box: HTMLElement | undefined): Anchor | undefined {
  const [anchor, setAnchor] = useState<Anchor>();
  useEffect(() => {
    if (!box) return setAnchor(undefined);
    const view = box.ownerDocument.defaultView!;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const r = box.getBoundingClientRect();
      setAnchor((old) =>
        old && old.top === r.top && old.left === r.left && old.width === r.width && old.height === r.height
          ? old
          : { top: r.top, left: r.left, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      );
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(measure);
    };
    measure();
    const resize = new ResizeObserver(schedule);
    resize.observe(box);
    view.addEventListener('scroll', schedule, { capture: true, passive: true });
    view.addEventListener('resize', schedule, { passive: true });
    return () => {
      view.cancelAnimationFrame(frame);
      resize.disconnect();
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
    };
  }, [box]);
  return anchor;
}
