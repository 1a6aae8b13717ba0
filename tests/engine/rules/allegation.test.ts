import { testRule } from '../rule-tester';

testRule('allegation', {
  valid: [
    'I grabbed him a coffee before pick up',
    'The teacher pushed him to do his best and he got a 7 in his GCSE',
    'my son hurt his knee playing football at school',
    'I emailed finance at school about the refund',
  ],
  invalid: [
    { text: 'Mr Baker grabbed my son by the arm in class', flags: [{ category: 'allegation', text: 'grabbed my son' }] },
    { text: 'The head lied to us about the bullying', flags: [{ category: 'allegation', text: 'lied' }] },
    { text: 'the school covered it up', flags: [{ category: 'allegation', text: 'covered it up' }] },
    { text: 'a teacher turned up drunk at sports day', flags: [{ category: 'allegation', text: 'drunk' }] },
    { text: 'they fiddled the SATs results', flags: [{ category: 'allegation', text: 'fiddled the SATs results' }] },
    { text: 'safeguarding at this school is non existent', flags: [{ category: 'allegation', text: 'safeguarding' }] },
  ],
});
