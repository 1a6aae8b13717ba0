import { describe, expect, it } from 'vitest';
import { SchoolConfigError, parseSchoolConfig } from '../../src/config/load-schools';
import type { SchoolConfigInput } from '../../src/config/schema';

const valid: SchoolConfigInput = {
  id: 'hill-top-primary',
  name: 'Hill Top Primary School',
  aliases: ['Hill Top'],
  staff: [{ name: 'Mrs Anita Patel', role: 'Headteacher' }],
  prompts: ['Would it be better to talk to someone at the school rather than posting?'],
  policy: {
    title: 'Social Media Policy for Parents',
    concerns: { complaint: { clause: 'Please raise concerns with the school.', action: 'We will ask for it to be removed.' } },
  },
  complaints: { email: 'office@hilltop.example', steps: ['Talk to the class teacher', 'Then the Headteacher'] },
};

/** A copy of the valid config with one change made by `edit`. */
function variant(edit: (c: Record<string, any>) => void): unknown {
  const copy = structuredClone(valid) as Record<string, any>;
  edit(copy);
  return copy;
}

describe('school config schema', () => {
  const validCases: [string, unknown][] = [
    ['the full example', valid],
    ['no staff, no aliases (defaults)', variant((c) => { delete c.staff; delete c.aliases; })],
    ['reachable only in person', variant((c) => { c.complaints = { inPerson: 'Ask at the office', steps: ['Ask at the office'] }; })],
    ['reachable only by a web form', variant((c) => { c.complaints = { url: 'https://school.example/complaints', steps: ['Fill in the form'] }; })],
  ];
  it.each(validCases)('accepts %s', (_, config) => {
    expect(parseSchoolConfig(config, 'schools/x.json').id).toBe('hill-top-primary');
  });

  const invalidCases: [string, unknown, RegExp][] = [
    ['a missing name', variant((c) => { delete c.name; }), /^name: is missing/m],
    ['an empty name', variant((c) => { c.name = '  '; }), /^name: name must not be empty/m],
    ['a non-kebab id', variant((c) => { c.id = 'Hill_Top'; }), /^id: id must be kebab-case/m],
    ['a staff entry without a name', variant((c) => { c.staff = [{ role: 'Teacher' }]; }), /^staff\[0\]\.name: is missing/m],
    ['a staff name with no surname', variant((c) => { c.staff = [{ name: 'M', role: 'Teacher' }]; }), /^staff\[0\]\.name: .*surname/m],
    ['no prompts', variant((c) => { c.prompts = []; }), /^prompts: list at least one/m],
    ['no way to reach the school', variant((c) => { c.complaints = { steps: ['Talk to us'] }; }), /^complaints: give at least one way/m],
    ['no complaint steps', variant((c) => { c.complaints.steps = []; }), /^complaints\.steps: list at least one step/m],
    ['a bad email', variant((c) => { c.complaints.email = 'office at school'; }), /^complaints\.email: must be an email/m],
    ['a URL that is not web', variant((c) => { c.complaints.url = 'javascript:alert(1)'; }), /^complaints\.url: must be a full web address/m],
    ['an unknown concern', variant((c) => { c.policy.concerns.gossip = { clause: 'x' }; }), /^policy\.concerns(\.gossip)?: /m],
    ['a misspelt field', variant((c) => { c.promts = ['x']; }), /^promts: unknown field/m],
    ['a name too long for the store', variant((c) => { c.name = 'A'.repeat(56); }), /^name: name must be at most 55/m],
  ];
  it.each(invalidCases)('rejects %s, naming the field', (_, config, message) => {
    expect(() => parseSchoolConfig(config, 'schools/x.json')).toThrow(SchoolConfigError);
    expect(() => parseSchoolConfig(config, 'schools/x.json')).toThrow(message);
    expect(() => parseSchoolConfig(config, 'schools/x.json')).toThrow(/^schools\/x\.json: invalid school config/);
  });
});
