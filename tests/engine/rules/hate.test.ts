import { testRule } from '../rule-tester';

testRule('hate', {
  valid: ['we had a lovely multicultural day at school', 'fag break then back to work', 'the puff pastry was perfect', 'a chink of light at last'],
  invalid: [
    { text: 'the new TA is a retard', flags: [{ category: 'hate', text: 'retard' }] },
    { text: 'go back to your own country', flags: [{ category: 'hate', text: 'go back to your own country' }] },
    { text: 'typical muslim', flags: [{ category: 'hate', text: 'typical muslim' }] },
    { text: 'the gay agenda in schools again', flags: [{ category: 'hate', text: 'gay agenda' }] },
    { text: 'what a sp@stic', flags: [{ category: 'hate', text: 'sp@stic' }] },
  ],
});
