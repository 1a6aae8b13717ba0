import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'abuse'> = {
  id: 'abuse',
  category: 'abuse',
  severity: 'caution',
  messages: { abuse: 'This could read as insulting or abusive' },
  concern: 'abuse',
  description: 'Insults, name-calling or obscene language aimed at a person or the school, in a draft about a school.',
};

export function detect(ctx: RuleContext): Report<'abuse'>[] {
  if (!ctx.aboutSchool) return [];
  // An insult aimed at the council or an airline is not aimed at the school.
  return ctx.found('abuse').filter((p) => !ctx.atElsewhere(p.segment)).map(({ start, end }) => ({ start, end, message: 'abuse' }));
}
