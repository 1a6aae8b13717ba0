import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { FIXTURE_SCHOOL } from '../fixture';
import { testRule } from '../rule-tester';

testRule('naming-staff', {
  valid: ['Mrs Patel was lovely at parents evening', 'Mr Baker ran the sports day and it was brilliant'],
  invalid: [
    { text: 'Mr Baker confiscated his phone for a week. A WEEK. For having it in his bag. Ridiculous overreaction from him.', flags: [{ category: 'naming-staff', text: 'Mr Baker' }] },
    { text: 'Mrs Okafor at Fixture Lane is a useless prat', flags: [{ category: 'naming-staff', text: 'Mrs Okafor' }] },
  ],
});

testRule('naming-child', {
  valid: ['Happy birthday to my beautiful girl Esme, 6 today!', 'my son Jack got a merit at school today'],
  invalid: [{ text: 'the Harrington twins in Year 4 have been bullying half the class', flags: [{ category: 'naming-child', text: 'Harrington' }] }],
});

describe('createEngine childNames', () => {
  const engine = createEngine(FIXTURE_SCHOOL, { childNames: ['Kacey', 'Grace', 'Will'] });
  const children = (text: string) =>
    engine
      .analyze(text)
      .flags.filter((f) => f.category === 'naming-child')
      .map((f) => text.slice(f.start, f.end));
  const table: [string, string[]][] = [
    ['in class Kacey shared her crayons with my son', ['Kacey']],
    ['in the playground kacey pushed my son again', ['kacey']],
    ['at pick up Grace told my daughter she could not play', ['Grace']],
    ['say grace before school dinners, is that still a thing?', []],
    ['at school Will and my son fell out again', ['Will']],
    ['Will the school be open on the inset day?', []],
    ['Kacey was brilliant in the park yesterday', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(children(text)).toEqual(expected);
  });
  it('createEngine(school) still works without options', () => {
    expect(createEngine(FIXTURE_SCHOOL).analyze('in class Kacey shared her crayons with my son').flags.some((f) => f.category === 'naming-child')).toBe(false);
  });
});
