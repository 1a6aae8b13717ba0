import { testRule } from '../rule-tester';

// Sentences written from the category definitions (not taken from the corpus).
testRule('threat', {
  valid: [
    'this heat is killing me at pick up',
    'I could murder a curry after parents evening',
    "I'd kill for a coffee after the school run",
    'my feet are killing me after sports day',
    'we were dying of laughter at the nativity',
    'go knock em dead in your mocks tomorrow',
  ],
  invalid: [
    { text: "I'll be waiting at the gates for him tomorrow", flags: [{ category: 'threat', text: 'waiting at the gates for him' }] },
    { text: 'someone should slap her', flags: [{ category: 'threat', text: 'slap her' }] },
    { text: 'I know where she lives', flags: [{ category: 'threat', text: 'know where she lives' }] },
    { text: 'watch your back Mrs Patel', flags: [{ category: 'threat', text: 'watch your back' }] },
    { text: "I won't be responsible for my actions if he's in that class again", flags: [{ category: 'threat', text: 'responsible for my actions' }] },
    { text: "I'm going to batter that teacher", flags: [{ category: 'threat', text: 'batter that teacher' }] },
    { text: 'someone should burn the place down', flags: [{ category: 'threat', text: 'burn the place down' }] },
  ],
});

testRule('hate', {
  valid: [
    'the Polish club are doing a stall at the summer fair',
    'lovely Eid celebration in assembly today',
    'the trans-Pennine train was late again',
  ],
  invalid: [
    { text: 'go back to your own country', flags: [{ category: 'hate', text: 'go back to your own country' }] },
    { text: 'immigrants are vermin', flags: [{ category: 'hate', text: 'immigrants are vermin' }] },
    { text: 'the head is a retard', flags: [{ category: 'hate', text: 'retard' }] },
    { text: 'them asylum seeker kids need a good kicking', flags: [{ category: 'hate', text: 'asylum seeker kids need a good kicking' }] },
    { text: 'that fat gay teacher should be sacked', flags: [{ category: 'hate', text: 'fat gay teacher' }] },
    { text: 'pride month at a primary is just grooming', flags: [{ category: 'hate', text: 'pride month at a primary is just grooming' }] },
  ],
});
