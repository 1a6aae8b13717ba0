import { type SchoolConfig, SchoolConfigSchema } from '../../src/config/schema';

/** A small school config for tests, independent of the real schools/ files. */
export const FIXTURE_SCHOOL: SchoolConfig = SchoolConfigSchema.parse({
  id: 'fixture-primary',
  name: 'Fixture Lane Primary School',
  aliases: ['Fixture Lane', 'Fixture Primary'],
  staff: [
    { name: 'Mrs Anita Patel', role: 'Headteacher' },
    { name: 'Mr Tom Baker', role: 'Year 6 teacher' },
    { name: 'Joe Pilkington', role: 'Safeguarding Lead', aliases: ['Mr P'] },
  ],
  prompts: ['Would it be better to talk to the school first?'],
  policy: {
    title: 'Social media policy',
    concerns: {
      complaint: { clause: 'Raise complaints with the school, not online.' },
      allegation: { clause: 'Do not make allegations online.' },
      threat: { clause: 'Threats will be reported to the police.' },
      hate: { clause: 'Hate content will be reported to the police.' },
      abuse: { clause: 'Do not post abusive comments.' },
      'naming-child': { clause: 'Do not name pupils.' },
      'naming-staff': { clause: 'Do not name staff in a negative context.' },
      'pile-on': { clause: 'Do not campaign against the school online.' },
    },
  },
  complaints: { email: 'office@fixture.example', steps: ['Talk to the class teacher'] },
});
