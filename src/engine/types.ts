/** The finding categories, in the order reports list them. */
export const CATEGORIES = [
  'school',
  'threat',
  'hate',
  'abuse',
  'allegation',
  'complaint',
  'naming-child',
  'naming-staff',
  'pile-on',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'info' | 'caution' | 'serious';
export type Level = 'clear' | 'caution' | 'serious';

export interface Flag {
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text given to `analyze`. */
  start: number;
  end: number;
  message: string;
  /** The school's own words for this concern, when its policy lists it. */
  clause?: string;
}

export interface Analysis {
  pause: boolean;
  level: Level;
  flags: Flag[];
}

export interface Engine {
  analyze(text: string): Analysis;
}
