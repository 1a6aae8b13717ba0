import { testRule } from '../rule-tester';

testRule('abuse', {
  valid: [
    'what an idiot I am, forgot the PE kit again',
    'the nativity was a shambles but the kids loved it',
    'the airline is run by absolute clowns',
    'Fixture Lane was a total shambles at pick up today',
  ],
  invalid: [
    { text: 'Mr Baker is a useless prat', flags: [{ category: 'abuse', text: 'useless prat' }] },
    { text: 'the head at Fixture Lane is a lazy fat useless get', flags: [{ category: 'abuse', text: 'useless get' }] },
    { text: 'F*** Fixture Lane and everyone in it', flags: [{ category: 'abuse', text: 'F*** Fixture Lane' }] },
    { text: 'the teacher at Fixture Lane is a pathetic excuse for an adult', flags: [{ category: 'abuse', text: 'pathetic excuse for an adult' }] },
    { text: 'the head of Fixture Lane is a sp@stic', flags: [{ category: 'abuse', text: 'sp@stic' }] },
    { text: 'the Year 4 kids are feral, Fixture Lane should sort it', flags: [{ category: 'abuse', text: 'kids are feral' }] },
    { text: 'that nosy busybody from Fixture Lane reception class', flags: [{ category: 'abuse', text: 'busybody' }] },
  ],
});

testRule('allegation', {
  valid: [
    'I locked my keys in the car at drop off',
    'the story we read in class had a thief in it',
    'I made it up to him with a trip to the park after school',
    'I grabbed him a snack after school',
  ],
  invalid: [
    { text: 'a teacher at Fixture Lane locked a 5 year old in a cupboard', flags: [{ category: 'allegation', text: 'locked a 5 year old in a cupboard' }] },
    { text: 'Mr Baker has been messaging year 10 girls on Snapchat', flags: [{ category: 'allegation', text: 'messaging year 10 girls on' }] },
    { text: 'the school hid a serious injury from me', flags: [{ category: 'allegation', text: 'hid a serious injury' }] },
    { text: 'the head knew about the bullying and did nothing', flags: [{ category: 'allegation', text: 'knew about the bullying and did nothing' }] },
    { text: 'Joe Pilkington ignored three separate reports about my daughter', flags: [{ category: 'allegation', text: 'ignored three separate reports about' }] },
    { text: 'Mrs Patel has it in for my son', flags: [{ category: 'allegation', text: 'has it in for my son' }] },
    { text: 'Leo Brennan has been kicking Esme at playtime every day', flags: [{ category: 'allegation', text: 'kicking Esme' }] },
    { text: 'the head turned a blind eye to it', flags: [{ category: 'allegation', text: 'turned a blind eye' }] },
    { text: 'the school let my son be bullied for a year', flags: [{ category: 'allegation', text: 'let my son be bullied' }] },
    { text: 'his teacher called him stupid in front of the class', flags: [{ category: 'allegation', text: 'called him stupid' }] },
    { text: 'the school office forged my signature on the form', flags: [{ category: 'allegation', text: 'forged my signature' }] },
  ],
});
