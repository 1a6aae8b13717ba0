import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

export const meta: RuleMeta<'hate'> = {
  id: 'hate',
  category: 'hate',
  severity: 'serious',
  messages: { hate: 'This could be read as hateful about race, religion, gender, sexuality or disability' },
  concern: 'hate',
  description:
    'Abuse about race, religion, gender, sexual orientation or disability: slurs and hateful phrases, or a group named beside a hostile generalisation about it. Counts in any draft.',
};

export function detect(ctx: RuleContext): Report<'hate'>[] {
  return [...ctx.found('hate'), ...ctx.paired('identity', 'hostile')].map(({ start, end }) => ({ start, end, message: 'hate' }));
}
