import { testRule } from '../rule-tester';

testRule('pile-on', {
  valid: [
    "DS announced he'd murdered his spelling test at school. He now insists we call him Captain Spelling.",
    "DS got called a name in PE. I reported it and the school dealt with it. Just wanted to tell other parents: report it, they do act.",
    "Mr Baker never replies. I'm leaving them a one star",
    'we all agree not to play football with the ball over the Fixture Lane fence again, lesson learnt',
    "keep your kids away from the pond at the school fair, it's deep",
    "don't let your kids go to school without a coat tomorrow, it's freezing",'please share: summer fair at school on Saturday', 'sack race at sports day was hilarious', 'we had a photo shoot for the school prospectus',
    'is it the school office or the county you contact about bus passes? asking for my nan',
    'who do we email about the lost property at school?',
    'please ring the school office every morning your child is off sick',
    "DS has started a petition in his class for longer golden time 😂 He's got 11 signatures",
    'loved the school play, please leave a review so others know how good the drama club is',
  ],
  invalid: [
    { text: 'Fixture Lane ignored every complaint. Leave this school a one star like I have, everyone.', flags: [{ category: 'pile-on', text: 'Leave this school a one star' }] },
    { text: "nobody let your kids go to Brody Cox's party sat, hes been vile to half the year at fixture lane", flags: [{ category: 'pile-on', text: 'nobody let your kids go to Brody' }] },
    { text: "can we all agree not to pair our kids with Lottie Greenaway for the project? She's done nothing but cause drama in Y6.", flags: [{ category: 'pile-on', text: 'agree not to pair our kids with Lottie' }] },
    { text: 'the school is shutting the nursery class. Get on to the council, get on to the papers, make some NOISE', flags: [{ category: 'pile-on', text: 'Get on to the council' }] },
    { text: "Don't let your bairns play with Cody Nixon at the park after school. His mam lets him run riot.", flags: [{ category: 'pile-on', text: "Don't let your bairns play with" }] },
    { text: 'everyone who wants the lollipop man back, ring Mrs Prentice every morning till she caves', flags: [{ category: 'pile-on', text: 'ring Mrs Prentice every morning' }] },
    { text: 'Unfollow the school page and comment why on your way out. Let them watch the numbers drop.', flags: [{ category: 'pile-on', text: 'Unfollow the school page' }] },
    { text: 'the school is a shambles. Tell anyone thinking of applying.', flags: [{ category: 'pile-on', text: 'Tell anyone thinking of applying' }] },
    { text: "everyone keep your kids away from that Novak boy in Year 3, he's trouble", flags: [{ category: 'pile-on', text: "keep your kids away from" }] },
    { text: "let's all keep the kids off on Ofsted day so the school gets the message", flags: [{ category: 'pile-on', text: "keep the kids off on Ofsted day" }] },
    { text: "nobody invite her to anything again, the whole class should freeze them out", flags: [{ category: 'pile-on', text: "freeze them out" }] },
    { text: 'Everyone share this and leave 1 star reviews for the school', flags: [{ category: 'pile-on', text: '1 star reviews' }] },
    { text: 'we should all complain to ofsted about this school', flags: [{ category: 'pile-on', text: 'complain to ofsted' }] },
    { text: 'time to name and shame this school', flags: [{ category: 'pile-on', text: 'name and shame' }] },
    { text: 'sign the petition to sack the head', flags: [{ category: 'pile-on', text: 'petition' }] },
  ],
});
