import { testRule } from '../rule-tester';

testRule('pile-on', {
  valid: ['please share: summer fair at school on Saturday', 'sack race at sports day was hilarious', 'we had a photo shoot for the school prospectus'],
  invalid: [
    { text: 'Everyone share this and leave 1 star reviews for the school', flags: [{ category: 'pile-on', text: '1 star reviews' }] },
    { text: 'we should all complain to ofsted about this school', flags: [{ category: 'pile-on', text: 'complain to ofsted' }] },
    { text: 'time to name and shame this school', flags: [{ category: 'pile-on', text: 'name and shame' }] },
    { text: 'sign the petition to sack the head', flags: [{ category: 'pile-on', text: 'petition' }] },
  ],
});
