import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'child'> = {
  id: 'naming-child',
  category: 'naming-child',
  severity: 'caution',
  messages: { child: "This names or identifies another family's child" },
  concern: 'naming-child',
  description:
    "Names or identifies another family's child (\"Tyler B in Year 4\", \"that Kowalski boy\") in a draft about a school. The parent's own child is not this.",
};

export function detect(ctx: RuleContext): Report<'child'>[] {
  if (!ctx.aboutSchool) return [];
  return ctx.children().map(({ start, end }) => ({ start, end, message: 'child' }));
}
