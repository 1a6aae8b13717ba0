import { testRule } from '../rule-tester';

testRule('school', {
  valid: [
    'Bought a new head gasket for the van, £400, ouch',
    'Piano lessons moved to Thursdays, she is lovely',
    "Rant, not school related! Our landlord still hasn't fixed the damp",
    'Could murder a curry tonight',
    'The council still have not fixed the potholes on our road',
    'Old school rock night at the pub on Friday',
    'Thanks so much for the lift home, see you Saturday',
    'the changing rooms at Primark were rammed',
    'the ticket inspectors on the train were so rude',
    'Jumble sale at the Fixture Lane church hall on Saturday, all proceeds to the roof fund',
    'Fixture Lane beach clean on Sunday, bring gloves',
  ],
  invalid: [
    { text: 'Acting head says the roof will be fixed by Easter', flags: [{ category: 'school', text: 'Acting head' }] },
    { text: 'Well done Fixture Lane on the fair!', flags: [{ category: 'school', text: 'Fixture Lane' }] },
    { text: 'Fixture Lane Church of England Primary have a new head', flags: [{ category: 'school', text: 'Fixture Lane' }] },
    { text: 'the Fixture Lane library has new beanbags', flags: [{ category: 'school', text: 'Fixture Lane' }] },
    { text: 'Mrs Patel was lovely at pick up', flags: [{ category: 'school', text: 'Mrs Patel' }] },
    { text: "is it PE on Tuesday for Year 6?", flags: [{ category: 'school', text: 'Year 6' }] },
    { text: 'he got a detention for his hair', flags: [{ category: 'school', text: 'detention' }] },
    { text: "parents' evening is next week", flags: [{ category: 'school', text: "parents' evening" }] },
    { text: 'anyone know who the SENCO is', flags: [{ category: 'school', text: 'SENCO' }] },
    { text: 'someone nicked his crisps at break again', flags: [{ category: 'school', text: 'at break' }] },
    { text: 'proud of all the y7s at the mayor’s parlour today', flags: [{ category: 'school', text: 'y7s' }] },
    { text: 'maybe we all keep the kids off when the inspectors are in', flags: [{ category: 'school', text: 'the inspectors' }] },
    { text: 'his trainers went missing from his bag in PE', flags: [{ category: 'school', text: 'in PE' }] },
    { text: "the girls' toilets have no locks on the doors", flags: [{ category: 'school', text: "girls' toilets" }] },
  ],
});
