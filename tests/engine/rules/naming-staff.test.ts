import { testRule } from '../rule-tester';

testRule('naming-staff', {
  valid: [
    'Honestly the head at Fixture Lane is an absolute jobsworth, no poppies on cardigans',
    'i miss u so much, Fixture Lane leavers 2019 forever',
    "There is a snake in my garden. 'Harmless.' Sir I am not harmless, I am screaming. Fixture Lane pick up will be late",
    "Kerry in the school office was so helpful sorting our forms, thank you",
    'Mrs Patel was brilliant at the school concert, thank you',
    'Mr Baker says PE is on Thursday this term',
    'I baked a cake for the school fair, the wood oven was great',
    'Emailed his teacher 3 times, no reply from the school',
  ],
  invalid: [
    { text: 'miss k at Fixture Lane gave our Ava a detention for nothing, useless', flags: [{ category: 'naming-staff', text: 'miss k' }] },
    { text: "Kerry in the school office is an absolute joke, lost our forms twice", flags: [{ category: 'naming-staff', text: "Kerry" }] },
    { text: "Dave the caretaker is useless, the heating has been off for a week at school", flags: [{ category: 'naming-staff', text: "Dave" }] },
    { text: "Kev the caretaker is useless, the heating has been off for a week at school", flags: [{ category: 'naming-staff', text: "Kev" }] },
    { text: 'Mrs Patel is useless and the school knows it', flags: [{ category: 'naming-staff', text: 'Mrs Patel' }] },
    { text: 'Mrs Okafor shouted at him in class and the school did nothing', flags: [{ category: 'naming-staff', text: 'Mrs Okafor' }] },
    { text: 'mr p lied to us about the trip', flags: [{ category: 'naming-staff', text: 'mr p' }] },
  ],
  falseFindings: [
    // Mock praise ("best school ever 🙃") is common in the development sets (dev-150, dev-165), and in a draft this short the
    // complaint model reads praise of a teacher as it (0.86 with the weights trained on 203 sets); a member of staff
    // named beside a complaint is then named in a negative context.
    { text: 'sir d is the best PE teacher Fixture Lane has ever had', why: 'the complaint model reads short praise as mock praise' },
  ],
});
