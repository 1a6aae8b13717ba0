import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

type Message = 'complaint' | 'aimed';

export const meta: RuleMeta<Message> = {
  id: 'complaint',
  category: 'complaint',
  severity: 'caution',
  messages: {
    complaint: "This is a complaint the school's own complaints process may resolve",
    aimed: 'This is aimed at the school or its staff; the complaints process is the place for it',
  },
  concern: 'complaint',
  description:
    'Complaints or negative comments about the school, its staff or its decisions, in a draft about a school; also any threat, hate, insult or allegation aimed at the school or its staff. Not in a draft that clears the school in so many words and names none of its staff.',
};

/** Findings that are a complaint too when the same sentence is about the school or its staff (urging others against the school is a grievance with it). */
const AIMED = ['threat', 'hate', 'abuse', 'allegation', 'pile-on'] as const;

export function detect(ctx: RuleContext): Report<Message>[] {
  if (!ctx.aboutSchool || ctx.clearsTheSchool()) return [];
  // A worry about someone unnamed, asked as how to raise it ("Best to ring the school or email his tutor?"),
  // is what the policies ask for: neither it nor the wrongdoing it reports is a complaint.
  const worry = ctx.raisesAWorry();
  const aimed = AIMED.filter((category) => !(worry && category === 'allegation')).flatMap((category) =>
    (category === 'hate' ? [...ctx.found('hate'), ...ctx.paired('identity', 'hostile')] : ctx.found(category)).filter((p) =>
      !ctx.atElsewhere(p.segment) && (category === 'allegation' ? ctx.allegationAtSchool(p.segment) : ctx.aimsAtSchoolAround(p.segment)),
    ),
  );
  // Criticism of another parent or pupil alone, or of another organisation ("First Bus you are a disgrace"), is not one of the school.
  const criticism = worry
    ? []
    : [...ctx.phrases('complaint').filter((p) => !ctx.onlyAtBystander(p.segment)), ...[ctx.reading('complaint')].filter((r) => r !== undefined)].filter(
        (p) => !ctx.atElsewhere(p.segment),
      );
  return [
    ...criticism.map(({ start, end }) => ({ start, end, message: 'complaint' as const })),
    ...aimed.map(({ start, end }) => ({ start, end, message: 'aimed' as const })),
  ];
}
