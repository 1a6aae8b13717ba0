import { testRule } from '../rule-tester';

testRule('threat', {
  valid: [
    'this heat is killing me',
    'could murder a curry',
    'we smashed it at sports day',
    'knock them dead at the show tonight kids',
    "I'll be waiting at the gates at pick up as usual",
  ],
  invalid: [
    { text: "I'll be waiting at the gates for him", flags: [{ category: 'threat', text: 'waiting at the gates for him' }] },
    { text: 'someone should slap her', flags: [{ category: 'threat', text: 'someone should slap her' }] },
    { text: 'I know where she lives', flags: [{ category: 'threat', text: 'I know where she lives' }] },
    { text: 'watch your back', flags: [{ category: 'threat', text: 'watch your back' }] },
    { text: "I won't be responsible for my actions", flags: [{ category: 'threat', text: 'responsible for my actions' }] },
    { text: 'swear down ill k!ll him', flags: [{ category: 'threat', text: 'k!ll him' }] },
    { text: 'The council are useless and I know where the planning officer lives', flags: [{ category: 'threat', text: 'where the planning officer lives' }] },
  ],
});
