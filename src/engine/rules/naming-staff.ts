import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'staff'> = {
  id: 'naming-staff',
  category: 'naming-staff',
  severity: 'caution',
  messages: { staff: 'This names a member of staff in a negative context' },
  concern: 'naming-staff',
  description:
    'Names a member of staff (the school\'s staff in any form, or anyone named by title and surname) next to a complaint, allegation, insult or threat. Praise is not this.',
};

export function detect(ctx: RuleContext): Report<'staff'>[] {
  if (!ctx.aboutSchool) return [];
  return ctx
    .staff()
    .filter((s) => ctx.negativeNear(s.segment))
    .map(({ start, end }) => ({ start, end, message: 'staff' }));
}
