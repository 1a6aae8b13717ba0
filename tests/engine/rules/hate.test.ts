import { testRule } from '../rule-tester';

testRule('hate', {
  valid: [
    "the local kids did a lovely job of the harvest festival",
    "someone's bike was nicked on Downs Road last night, lock your bikes if you're at school tomorrow",
    "the Y6 history topic is the Holocaust and the visit to the memorial was really moving",
    "the Muslim families organised a lovely Eid breakfast for the whole class",
    "the deaf awareness assembly taught them to sign happy birthday",
    "the girls' football team smashed it on Saturday",
    "our new Nigerian TA is brilliant with the little ones",
    "we dressed up as ninjas for world book day",
    "the curry at the international evening smelt amazing",
    
    "the playground is overrun with nits again",
    "homophobic bullying in year 8 is disgusting and needs dealing with",
    "the Catholic priests did a lovely assembly",
    
    "the Polish Saturday school is brilliant",
    "the Eid party was lovely",
    "the Pride assembly was lovely",
    "my son is special needs and the SEN support is great",
    "he was called a paki at school and I want it dealt with",
    "the girls are all the same age in that class",
    "the autism unit has new staff",
    'we had a lovely multicultural day at school', 'fag break then back to work', 'the puff pastry was perfect', 'a chink of light at last'],
  invalid: [
    { text: "looked at the Year 1 class photo and there's hardly any English faces left", flags: [{ category: 'hate', text: 'hardly any English faces' }] },
    { text: "a traveller family has moved in near the school, lock your sheds", flags: [{ category: 'hate', text: 'lock your sheds' }] },
    { text: "more foreigners at the gates every year, none of them pay a penny in tax", flags: [{ category: 'hate', text: 'none of them pay a penny in tax' }] },
    { text: "the kids called the new music teacher a battyboy and I can't say I blame them", flags: [{ category: 'hate', text: 'battyboy' }] },
    { text: "you can't trust them Polish lot, you know what they're like", flags: [{ category: 'hate', text: "you know what they're like" }] },
    { text: "gay couples adopting is unnatural and the school shouldn't be celebrating it", flags: [{ category: 'hate', text: "gay couples adopting is unnatural" }] },
    { text: "a deaf teacher in reception? they should have hired someone normal", flags: [{ category: 'hate', text: "someone normal" }] },
    { text: "the school bends over backwards for the traveller kids, dirty lot", flags: [{ category: 'hate', text: "traveller kids, dirty" }] },
    { text: "a trans teacher shouldn't be allowed near children", flags: [{ category: 'hate', text: "shouldn't be allowed" }] },
    { text: "her coat smells of curry", flags: [{ category: 'hate', text: "smells of curry" }] },

    { text: "Polish kids get priority over English kids at this school", flags: [{ category: 'hate', text: "priority over English kids" }] },
    { text: "this town is being taken over", flags: [{ category: 'hate', text: "taken over" }] },
    { text: "the school has gone mad with gender ideology", flags: [{ category: 'hate', text: "gender ideology" }] },
    { text: "Gypsy kids are always nicking stuff", flags: [{ category: 'hate', text: "always nicking" }] },

    { text: "those Romanians in year 4 are all thieves", flags: [{ category: 'hate', text: "Romanians in year 4 are all thieves" }] },
    { text: "Muslims shouldn't be allowed to teach", flags: [{ category: 'hate', text: "Muslims shouldn't be allowed" }] },
    { text: "women can't drive", flags: [{ category: 'hate', text: "women can't drive" }] },
    { text: "people like her should go back to where they came from", flags: [{ category: 'hate', text: "people like her should go back" }] },
    { text: "I hate foreigners", flags: [{ category: 'hate', text: "hate foreigners" }] },
    { text: "all these immigrants are taking our school places", flags: [{ category: 'hate', text: "immigrants are taking our school places" }] },
    { text: "that paki family parked on my drive", flags: [{ category: 'hate', text: "paki" }] },

    { text: 'the new TA is a retard', flags: [{ category: 'hate', text: 'retard' }] },
    { text: 'go back to your own country', flags: [{ category: 'hate', text: 'go back to your own country' }] },
    { text: 'typical muslim', flags: [{ category: 'hate', text: 'typical muslim' }] },
    { text: 'the gay agenda in schools again', flags: [{ category: 'hate', text: 'gay agenda' }] },
    { text: 'what a sp@stic', flags: [{ category: 'hate', text: 'sp@stic' }] },
  ],
});
