import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'context'> = {
  id: 'school',
  category: 'school',
  severity: 'info',
  messages: { context: 'This post is about the school' },
  concern: null,
  description: "The draft is about a school: the school's name or alias, one of its staff, or unmistakable school context.",
};

export function detect(ctx: RuleContext): Report<'context'>[] {
  if (!ctx.aboutSchool) return [];
  const spans = [...ctx.schoolNames(), ...ctx.phrases('school'), ...ctx.staff(), ...ctx.children()];
  return spans.map(({ start, end }) => ({ start, end, message: 'context' }));
}
