import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'pile-on'> = {
  id: 'pile-on',
  category: 'pile-on',
  severity: 'caution',
  messages: { 'pile-on': 'This asks others to act against the school or a person' },
  concern: 'pile-on',
  description:
    'Urges others to act against the school or a person (share, complain, report, 1-star reviews, name and shame): known calls, or readers addressed as a crowd beside an action, or an action given as an order, in a draft about a school that voices a grievance.',
};

export function detect(ctx: RuleContext): Report<'pile-on'>[] {
  if (!ctx.aboutSchool) return [];
  const called = ctx.grievanceHeard() ? [...ctx.paired('crowd', 'action'), ...ctx.phrases('action').filter((a) => ctx.opensSegment(a))] : [];
  return [...ctx.found('pile-on'), ...called].map(({ start, end }) => ({ start, end, message: 'pile-on' }));
}
