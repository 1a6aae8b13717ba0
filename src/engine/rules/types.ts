import type { ConcernId } from '../../config/schema';
import type { RuleContext } from '../context';
import type { Category, Severity } from '../types';

export interface RuleMeta<M extends string = string> {
  id: Category;
  category: Category;
  /** The usual severity; a report may raise it. */
  severity: Severity;
  messages: Readonly<Record<M, string>>;
  /** The policy concern whose clause the flag quotes; null when no policy concern matches. */
  concern: ConcernId | null;
  description: string;
}

export interface Report<M extends string = string> {
  start: number;
  end: number;
  message: M;
  severity?: Severity;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  detect(ctx: RuleContext): Report<M>[];
}
