import { testRule } from '../rule-tester';

testRule('allegation', {
  valid: [
    "the head gave a brilliant talk about grooming and online safety to year 6",
    "does anyone know if the teachers ever changed the register system at school?",
    "Mr Baker stole the show at the school panto, what a performance",
    "the teacher read out the results of the class quiz and everyone cheered",
    "I told my son he was brilliant in the play",
    "I've sat on this for a week before posting about the school",
    "the next teacher who shouts at my boy at school will hear from me",
    
    "I don't think she lied about it",
    "Did he hit anyone at school?",
    "I grabbed my son a drink after school",
    "the teacher asked if he hit anyone at school",
    
    'I grabbed him a coffee before pick up',
    'The teacher pushed him to do his best and he got a 7 in his GCSE',
    'my son hurt his knee playing football at school',
    'I emailed finance at school about the refund',
  ],
  invalid: [
    { text: "the deputy head has been pocketing the trip money at school for months", flags: [{ category: 'allegation', text: "pocketing" }] },
    { text: "the school doctored the attendance figures before Ofsted came", flags: [{ category: 'allegation', text: "doctored the attendance" }] },
    { text: "Mrs Patel read out my son's diagnosis to the whole class", flags: [{ category: 'allegation', text: "read out my son's diagnosis" }] },
    { text: "the head deliberately binned our complaint so nobody would see it", flags: [{ category: 'allegation', text: "deliberately binned" }] },
    { text: "Mrs Patel read out which children get free school meals in front of the class", flags: [{ category: 'allegation', text: "read out which children get free school meals" }] },
    { text: "the SENCO ignored my daughter's disclosure and closed the case", flags: [{ category: 'allegation', text: "ignored my" }] },
    { text: "the exclusion appeal at school was a stitch up, the governors had already decided", flags: [{ category: 'allegation', text: "stitch up" }] },
    { text: "the head has been taking money from the PTA", flags: [{ category: 'allegation', text: "taking money" }] },
    { text: "the governors knew about it at school for a year and did nothing", flags: [{ category: 'allegation', text: "did nothing" }] },
    { text: "the PE teacher threw a chair at a pupil", flags: [{ category: 'allegation', text: "threw a chair at" }] },
    { text: "the deputy head mocked his stammer in front of the class", flags: [{ category: 'allegation', text: "mocked his stammer" }] },

    { text: "Mr Cox at the school has been messaging Year 10 girls on Snapchat", flags: [{ category: 'allegation', text: "messaging Year 10 girls" }] },
    { text: "Mrs Howell knew about it at school and has done nothing", flags: [{ category: 'allegation', text: "done nothing" }] },
    { text: "the head lied to parents about the trip", flags: [{ category: 'allegation', text: "lied to parents" }] },
    { text: "the school covered it up", flags: [{ category: 'allegation', text: "covered it up" }] },
    { text: "the teacher literally screamed at my son in class", flags: [{ category: 'allegation', text: "screamed at my son" }] },
    { text: "Miss Kaur marked his test wrong on purpose at school", flags: [{ category: 'allegation', text: "on purpose" }] },

    { text: 'Mr Baker grabbed my son by the arm in class', flags: [{ category: 'allegation', text: 'grabbed my son' }] },
    { text: 'The head lied to us about the bullying', flags: [{ category: 'allegation', text: 'lied' }] },
    { text: 'the school covered it up', flags: [{ category: 'allegation', text: 'covered it up' }] },
    { text: 'a teacher turned up drunk at sports day', flags: [{ category: 'allegation', text: 'drunk' }] },
    { text: 'they fiddled the SATs results', flags: [{ category: 'allegation', text: 'fiddled the SATs results' }] },
    { text: 'safeguarding at this school is non existent', flags: [{ category: 'allegation', text: 'safeguarding' }] },
  ],
});
