import type { Analysis } from './engine';

/** What the nudge shows of the school whose policy the draft was read against. */
export interface SchoolSummary {
  id: string;
  name: string;
  prompts: string[];
}

/** The engine's reading of a draft, and the school it was read for (none when no school is set). */
export interface DraftReport extends Analysis {
  school?: SchoolSummary;
  /** The parent paused the extension on this site: nothing was read. */
  sitePaused?: boolean;
}

/** Messages to the background, which alone holds the engine; none of them leave the browser. */
export type BackgroundRequest =
  | { type: 'warm-up' }
  | { type: 'analyze'; text: string }
  | { type: 'open-complaints'; schoolId: string }
  /** From a content script: the reading of the draft it follows (never the text). */
  | { type: 'draft-state'; status: DraftStatus }
  /** From the popup: the latest draft reading in a tab, and the frame it came from. */
  | { type: 'tab-draft'; tabId: number };

/** Messages from the popup to a page's content script. */
export type ContentRequest =
  /** Is Before You Post running on this page? The top frame answers with its host name. */
  | { type: 'ping' }
  /** The draft's text, asked for only when the parent chooses to see or send it. */
  | { type: 'draft-text' };

export interface DraftStatus {
  report: DraftReport;
  /** Characters in the draft, so the popup can say whether there is one. */
  length: number;
}

export interface TabDraft {
  frameId: number;
  status: DraftStatus;
}
