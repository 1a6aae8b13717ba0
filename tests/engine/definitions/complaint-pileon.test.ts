import { testRule } from '../rule-tester';

testRule('complaint', {
  valid: [
    'the council are appalling at gritting the roads',
    'Fixture Lane parents: who is signing the card for Mr Baker?',
    'has anyone had a reply about the trip refund yet?',
    'the dad at pick up who cut me up, you are a pathetic excuse for an adult',
  ],
  invalid: [
    { text: 'Mrs Patel cancelled forest school again. Pathetic.', flags: [{ category: 'complaint', text: 'Pathetic' }] },
    { text: 'I have complained twice about homework and it is still not fixed', flags: [{ category: 'complaint', text: 'still not fixed' }] },
    { text: 'Ignored for months about my son being bullied at school', flags: [{ category: 'complaint', text: 'Ignored for months' }] },
    { text: 'Fixture Lane want £38 for a blazer. Who signed that contract off??', flags: [{ category: 'complaint', text: 'signed that contract off' }] },
    { text: 'the new behaviour policy is heavy handed', flags: [{ category: 'complaint', text: 'heavy handed' }] },
    { text: 'the school sent her home with a head injury and never phoned. Negligent.', flags: [{ category: 'complaint', text: 'Negligent' }] },
  ],
});

testRule('pile-on', {
  valid: [
    'please share: summer fair on Saturday at Fixture Lane',
    // Calls to leave reviews weigh heavily with the pile-on model: it read this as one over 131 and 179 sets, not over 139, 187 or 203 (0.73).
    'leave your review of the school play in the comments, it was lovely',
    'we went to the radio station on the Year 5 trip',
  ],
  invalid: [
    { text: 'Everyone with a kid at Fixture Lane please leave an honest Google review about what is going on', flags: [{ category: 'pile-on', text: 'leave an honest Google review about' }] },
    { text: 'Fixture Lane parents, we need to take this to the diocese', flags: [{ category: 'pile-on', text: 'take this to the diocese' }] },
    { text: "The head at Fixture Lane is useless. They can't ignore dozens of us", flags: [{ category: 'pile-on', text: "can't ignore dozens of us" }] },
    { text: 'Fixture Lane is a joke. The school needs to feel the heat', flags: [{ category: 'pile-on', text: 'needs to feel the heat' }] },
    { text: 'the uniform rules at Fixture Lane are ridiculous, copy this onto your wall', flags: [{ category: 'pile-on', text: 'copy this onto your wall' }] },
  ],
});
