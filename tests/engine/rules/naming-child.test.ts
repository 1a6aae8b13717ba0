import { testRule } from '../rule-tester';

testRule('naming-child', {
  valid: [
    "Northumberland mums, any tips for getting kids to bed when it's still light at 10?",
    "card declined at the checkout again for no reason. Thanks Barclays 🙄",
    "happy birthday Nan, love you loads",
    "the Year 4 coach for the Chester Zoo trip leaves school at 8.15",
    "the class assembly was all about Mary Seacole and Walter Tull",
    "got tickets to see Harry Styles in June, can't wait",
    "Lacey-Mae says the school trip is on Friday",
    "Mrs Patel and Mr Baker both got long service awards at the school",
    "i got a detention at school once for talking in assembly",
    'my son Jack loved the school trip',
    'a boy in his class pushed him',
    'Mrs Patel runs Year 6 so well',
    'Tyler keeps hitting his brother at home, no idea what to do',
    'Summer Fair at school on Saturday, use the Holly Lane gate',
    'Guy Fawkes project due at school on Monday, DD has made a bonfire out of lolly sticks',
  ],
  invalid: [
    { text: "well done to Eleanor for being made head girl this year", flags: [{ category: 'naming-child', text: 'Eleanor' }] },
    { text: "keep your kids away from Harriet Vance at school, she bites", flags: [{ category: 'naming-child', text: 'Harriet' }] },
    { text: "everyone in Year 6 knows Jacob Howlett took the money from the charity tin", flags: [{ category: 'naming-child', text: 'Jacob' }] },
    { text: "well done to the school relay team, Amara Kowalski and Theo Mensah both ran brilliantly", flags: [{ category: 'naming-child', text: 'Amara' }] },
    { text: "lol jake t got a detention at school for flossing in assembly", flags: [{ category: 'naming-child', text: "jake" }] },
    { text: "waiting at the school gates for Connor Baines, the kid who cut my son's blazer", flags: [{ category: 'naming-child', text: "Connor" }] },
    { text: 'Tyler B in Year 4 keeps hitting my son', flags: [{ category: 'naming-child', text: 'Tyler' }] },
    { text: 'that Kowalski boy pushed him again at school', flags: [{ category: 'naming-child', text: 'Kowalski' }] },
    { text: 'my daughter was bullied by Jayden at school', flags: [{ category: 'naming-child', text: 'Jayden' }] },
    { text: 'well done to Poppy Clarke in Year 6 for the art prize', flags: [{ category: 'naming-child', text: 'Poppy Clarke' }] },
    { text: 'honestly Ruby Ashworth pinches my daughter at school every day', flags: [{ category: 'naming-child', text: 'Ruby Ashworth' }] },
  ],
});
