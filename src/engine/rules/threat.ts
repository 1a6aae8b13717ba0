import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'threat'> = {
  id: 'threat',
  category: 'threat',
  severity: 'serious',
  messages: { threat: 'This could be read as a threat of harm' },
  concern: 'threat',
  description: 'Threatens or encourages violence or harm, explicit or implied. Counts in any draft.',
};

export function detect(ctx: RuleContext): Report<'threat'>[] {
  return ctx.found('threat').map(({ start, end }) => ({ start, end, message: 'threat' }));
}
