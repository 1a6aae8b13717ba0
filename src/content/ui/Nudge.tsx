import { useEffect, useId, useRef, useState } from 'react';
import { CONCERN_LABELS } from '../../config/concern-labels';
import { concernsRaised } from '../../config/concerns-raised';
import type { BoxState } from '../controller';
import { isTextField } from '../draft-text';
import { TextareaMarks } from './TextareaMarks';
import { useAnchor } from './use-anchor';

export interface NudgeProps {
  state: BoxState | undefined;
  onDismiss(): void;
  onOpenComplaints(schoolId: string): void;
}

/** Past this, a textarea's copy for underlines would cost the page more than it helps. */
const MAX_MARKED_TEXT = 20_000;

/** How far in from the box's right edge the badge sits. */
const BADGE_INSET = 12;
/** The badge's gap below the box, and its height (nudge.css: 12px text, 4px padding, 1px border). */
const BADGE_GAP = 4;
const BADGE_HEIGHT = 24;

function announcement(level: string, school: string | undefined): string {
  if (level === 'clear') return '';
  const whose = school ? `${school}'s` : "the school's";
  return `Before You Post: this draft raises something ${whose} social media policy asks parents to think about. The Before You Post button beside the box explains why.`;
}

/**
 * The calm nudge: a small badge at the compose box's corner that opens a card saying what the
 * draft raised, in the school's words, with the way to raise it with the school instead.
 */
export function Nudge({ state, onDismiss, onOpenComplaints }: NudgeProps) {
  const report = state?.report;
  const visible = Boolean(state && report && report.pause && !state.dismissed);
  const anchor = useAnchor(visible ? state!.box : undefined);
  const [open, setOpen] = useState(false);
  const cardId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);

  // A new box or a cleared draft starts collapsed.
  useEffect(() => {
    if (!visible) setOpen(false);
  }, [visible, state?.box]);
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  // Announced once per change of level, not on every keystroke.
  const level = visible ? report!.level : 'clear';
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(announcement(level, report?.school?.name)), [level]);

  const close = () => {
    setOpen(false);
    badgeRef.current?.focus();
  };

  const box = state?.box;
  const found = report ? concernsRaised(report.flags) : [];
  return (
    <>
      <div role="status" aria-live="polite" className="sr-only">
        {spoken}
      </div>
      {visible && anchor && box && (
        <>
          {isTextField(box) && !state!.stale && state!.draft.text.length <= MAX_MARKED_TEXT && <TextareaMarks box={box} text={state!.draft.text} flags={report!.flags} anchor={anchor} />}
          <button
            ref={badgeRef}
            type="button"
            className={`badge ${level}`}
            style={badgePosition(anchor, box.ownerDocument.defaultView!)}
            aria-expanded={open}
            aria-controls={cardId}
            onClick={() => setOpen(!open)}
          >
            <span className="badge-icon" aria-hidden="true">
              ❚❚
            </span>
            Before you post
          </button>
          {open && (
            <section
              id={cardId}
              className={`card ${level}`}
              role="dialog"
              aria-modal="false"
              aria-labelledby={`${cardId}-title`}
              style={cardPosition(anchor, box.ownerDocument.defaultView!)}
              onKeyDown={(e) => e.key === 'Escape' && close()}
            >
              <div className="card-head">
                <h2 id={`${cardId}-title`} ref={headingRef} tabIndex={-1}>
                  Would it be better to talk to someone?
                </h2>
                <button type="button" className="close" aria-label="Close" onClick={close}>
                  ×
                </button>
              </div>
              <p className="lead">
                {report!.school ? `${report!.school.name}'s` : "Your school's"} social media policy asks parents to think
                twice about posts like this one. You decide: your draft stays on this device, unchanged and unsent.
              </p>
              <h3>Why this draft</h3>
              <ul className="concerns">
                {found.map((c) => (
                  <li key={c.category} data-category={c.category}>
                    <strong>{CONCERN_LABELS[c.category]}</strong>
                    <span>{c.message}</span>
                    {c.clause && (
                      <details>
                        <summary>What {report!.school?.name ?? 'the school'} says</summary>
                        <blockquote>{c.clause}</blockquote>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
              {report!.school && (
                <>
                  <h3>{report!.school.name} asks you to consider</h3>
                  <ul className="prompts">
                    {report!.school.prompts.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </>
              )}
              <div className="actions">
                {report!.school && (
                  <button type="button" className="primary" onClick={() => onOpenComplaints(report!.school!.id)}>
                    Raise it with the school instead
                  </button>
                )}
                <button type="button" className="secondary" onClick={onDismiss}>
                  This isn't about school
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}

const CARD_WIDTH = 360;
const CARD_MAX_HEIGHT = 560;
const MARGIN = 8;

/**
 * Just outside the box's right-hand corner, below it or, for a box at the foot of the window (a chat's
 * message box), above it: never over what the parent is typing. Inside the viewport when neither fits.
 */
function badgePosition(anchor: { top: number; bottom: number; right: number }, view: Window) {
  const below = anchor.bottom + BADGE_GAP;
  const above = anchor.top - BADGE_GAP - BADGE_HEIGHT;
  const lowest = view.innerHeight - MARGIN - BADGE_HEIGHT;
  const top = below <= lowest ? below : above >= MARGIN ? above : Math.max(MARGIN, Math.min(below, lowest));
  return { top, left: anchor.right - BADGE_INSET };
}

/**
 * Below the box and its badge, or above the box where there is more room; always whole inside the viewport, even if
 * that means covering part of the box while the parent reads the card.
 */
function cardPosition(anchor: { top: number; bottom: number; right: number }, view: Window) {
  const left = Math.max(MARGIN, Math.min(anchor.right - CARD_WIDTH, view.innerWidth - CARD_WIDTH - MARGIN));
  const maxHeight = Math.min(CARD_MAX_HEIGHT, view.innerHeight - 2 * MARGIN);
  const furthest = view.innerHeight - MARGIN - maxHeight;
  return view.innerHeight - anchor.bottom >= anchor.top
    ? { left, maxHeight, top: Math.max(MARGIN, Math.min(anchor.bottom + BADGE_GAP + BADGE_HEIGHT + 6, furthest)) }
    : { left, maxHeight, bottom: Math.max(MARGIN, Math.min(view.innerHeight - anchor.top + 12, furthest)) };
}
