import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'pile-on'> = {
  id: 'pile-on',
  category: 'pile-on',
  severity: 'caution',
  messages: { 'pile-on': 'This asks others to act against the school or a person' },
  concern: 'pile-on',
  description: 'Urges others to act against the school or a person (share, complain, report, 1-star reviews, name and shame), in a draft about a school.',
};

export function detect(ctx: RuleContext): Report<'pile-on'>[] {
  if (!ctx.aboutSchool) return [];
  return ctx.found('pile-on').map(({ start, end }) => ({ start, end, message: 'pile-on' }));
}
