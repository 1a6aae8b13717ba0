import { testRule } from '../rule-tester';

testRule('abuse', {
  valid: [
    'that owd school bus were late agin, mine dint git home till gone five',
    'Ours dives under the table at school when the kettle whistles',
    "the school football team lost 9-0 and I've never seen a happier bunch of losers",
    'Our lad was a nightmare in Y9 and Mr Baker at school turned him right around',
    'Fixture Lane is run by a lovely head and staffed by kind people',
    'the classroom door nob at Fixture Lane has come off again',
    "PTA meeting moved to the library Thursday 7pm, bring mugs, we've broken most of the school ones",
    'what a little dragon she was in the school play, so cute',
    "she's a little star in the school play",
    "my son was called a p*ki at school today and I want the school to deal with it",
    'the airline lost our bags, what a bunch of idiots',
    'fucking freezing on the school run this morning',
    'the school trip to the farm was great, saw a cow and a pig',
    'What an idiot I am, I forgot the PE kit again',
  ],
  invalid: [
    { text: 'wor lass says the new Y6 teacher is a reet knobheed', flags: [{ category: 'abuse', text: 'knobheed' }] },
    { text: 'that lad in 8R at school is a proper little scally', flags: [{ category: 'abuse', text: 'scally' }] },
    { text: 'Mrs Patel is a poisonous witch', flags: [{ category: 'abuse', text: 'poisonous witch' }] },
    { text: 'Mr Baker is a pompous old windbag', flags: [{ category: 'abuse', text: 'pompous old windbag' }] },
    { text: 'Fixture Lane, staffed by clowns 🤡', flags: [{ category: 'abuse', text: 'staffed by clowns' }] },
    { text: 'Mr Thirkettle you smug little worm, keep handing my boy detentions', flags: [{ category: 'abuse', text: 'smug little worm' }] },
    { text: 'honestly mrs pryce is such a dopey mare, sent the wrong school letter home AGAIN', flags: [{ category: 'abuse', text: 'dopey mare' }] },
    { text: "The head of the school is a t w a t. There's no nicer way to put it", flags: [{ category: 'abuse', text: 't w a t' }] },
    { text: 'Mrs Patel is a useless c0w', flags: [{ category: 'abuse', text: 'useless c0w' }] },
    { text: 'his teacher is an i d i o t', flags: [{ category: 'abuse', text: 'i d i o t' }] },
    { text: 'f*cking joke of a school', flags: [{ category: 'abuse', text: 'f*cking joke' }] },
    { text: 'the head is a total tw@t', flags: [{ category: 'abuse', text: 'tw@t' }] },
  ],
});
