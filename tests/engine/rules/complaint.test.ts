import { testRule } from '../rule-tester';

testRule('complaint', {
  valid: [
    'the school have been brilliant since, the bullying has stopped. I was wrong to assume the worst.',
    "picked DD up from school at 3.15 and she told me she's too busy to talk about her day",
    'did anyone ask the kids what they want for the school disco?',
    "I lost my daughter's PE form, can the school send another?",
    "the Year 6 leavers' assembly at the school today and I was a mess 😭",
    "does anyone know how the school deals with a complaint about another child? I just want it logged",
    "Mrs Patel says please send wellies in a bag, NOT on their feet",
    "has anyone heard back about the trip refund? just checking before I chase the office",
    "would it be better to ask the class teacher or the head about a friendship issue?",
    "Mrs Patel runs the choir. Someone on the bus said they'll kill for tickets to the concert lol",
    "please share: summer fair at the school on Saturday",
    'The council is useless, still no bin collection',
    'how do I raise this with his head of year?',
    'has anyone had a reply about the trip refund?',
    'Lovely nativity today, well done Year 2',
  ],
  invalid: [
    { text: "mrs ramsay hasnt marked a single piece of DS's school history since sept. what do they pay her for", flags: [{ category: 'complaint', text: 'what do they pay her for' }] },
    { text: "Alsop lost my son's GCSE art portfolio. Two years of work.", flags: [{ category: 'complaint', text: "lost my son's GCSE art portfolio" }] },
    { text: 'nice little school but the car park is a death trap and they will not open the back gate', flags: [{ category: 'complaint', text: 'is a death trap' }] },
    { text: "the head cancelled sports day with one hour's notice, that's just not on", flags: [{ category: 'complaint', text: 'just not on' }] },
    { text: "Mrs Patel kept my son in again at lunch. She won't be smiling for long.", flags: [{ category: 'complaint', text: "won't be smiling for long" }] },
    { text: 'Every parent needs to write to the council about the way the head is running the school.', flags: [{ category: 'complaint', text: 'Every parent needs to write to the council' }] },
    { text: 'The school is absolutely useless', flags: [{ category: 'complaint', text: 'useless' }] },
    { text: 'the communication from school is shocking', flags: [{ category: 'complaint', text: 'shocking' }] },
    { text: 'I emailed the head three times and nobody replied', flags: [{ category: 'complaint', text: 'nobody replied' }] },
    { text: 'new uniform policy at school is ridiculous', flags: [{ category: 'complaint', text: 'ridiculous' }] },
  ],
});
