import type { RuleContext } from '../context';
import type { Report, RuleMeta } from './types';

type Message = 'allegation' | 'named';

export const meta: RuleMeta<Message> = {
  id: 'allegation',
  category: 'allegation',
  severity: 'caution',
  messages: {
    allegation: 'This states wrongdoing as fact; if it is not proven it could be defamatory',
    named: 'This accuses someone who is named; if it is not proven it could be defamatory',
  },
  concern: 'allegation',
  description:
    'States or implies wrongdoing by a person or the school as fact, in a draft about a school: known shapes of accusation, wrongdoing named beside the staff, the school or a named person, or what a record says denied in the same or the next sentence. Serious when the same sentence names a member of staff or a child. Not of another organisation (the council, a bus company); in a draft that clears the school in so many words, only allegations about a child or another family count.',
};

export function detect(ctx: RuleContext): Report<Message>[] {
  // A worry about someone unnamed, with the question of how to raise it, is what the policies ask for.
  if (!ctx.aboutSchool || ctx.raisesAWorry()) return [];
  const named = ctx.phrases('wrongdoing').filter((w) => ctx.accuses(w.segment));
  // A draft that clears the school ("it was nothing to do with the school") alleges nothing of it, only of a child or another
  // family; wrongdoing told of another organisation ("the council lost his file") is no allegation in a draft about a school.
  const cleared = ctx.clearsTheSchool();
  const ofAnotherFamily = (segment: number) => ctx.onlyAtBystander(segment) || ctx.namesAChild(segment);
  return [...ctx.found('allegation'), ...named, ...ctx.paired('recorded', 'belied')]
    .filter((p) => !cleared || ofAnotherFamily(p.segment))
    .filter((p) => !ctx.atElsewhere(p.segment))
    .map(({ start, end, segment }) =>
      ctx.namesSomeone(segment) ? { start, end, message: 'named', severity: 'serious' } : { start, end, message: 'allegation' },
    );
}
