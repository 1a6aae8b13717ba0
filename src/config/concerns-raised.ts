import type { Category, Flag } from '../engine/types';

export type Concern = Exclude<Category, 'school'>;

/**
 * One entry per concern a draft raised (school context is not a concern), serious ones first,
 * each with its first finding's kind words and the school's clause: what the nudge and the
 * popup both list.
 */
export function concernsRaised(flags: readonly Flag[]): { category: Concern; message: string; clause?: string }[] {
  const seen = new Map<Category, Flag>();
  for (const flag of flags) if (flag.category !== 'school' && !seen.has(flag.category)) seen.set(flag.category, flag);
  const order = (f: Flag) => (f.severity === 'serious' ? 0 : 1);
  return [...seen.values()]
    .sort((a, b) => order(a) - order(b))
    .map((f) => ({ category: f.category as Concern, message: f.message, clause: f.clause }));
}
