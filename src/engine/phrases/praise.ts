import type { Phrase } from './types';

/**
 * Thanks and praise. No rule flags them: they are a tone the reader model sees (reader/features.ts),
 * so that a grateful draft with a word that is alarming elsewhere ("I'm really touched she noticed")
 * reads as what it is.
 */
export const PRAISE: readonly Phrase[] = [
  { pattern: '(thank you|thanks|thank u|thankyou|grateful|appreciate|appreciated|appreciative)', falsePositives: ['(thanks|thank you) (for nothing|a lot|a bunch|a million) (not|for nothing)?', '(no thanks to|thanks to nobody)', '(not|never|hardly) (grateful|appreciated)'] },
  { pattern: '(so|really|very|truly|deeply|genuinely|im|i am|was|were|feel|felt|we are) (touched|moved|chuffed|proud|pleased|impressed|relieved|happy)', falsePositives: ['(not|never|hardly|less than) (so|really|very|truly|genuinely)? (touched|moved|chuffed|proud|pleased|impressed|relieved|happy)'] },
  { pattern: '(well done|shout out|shoutout|hats off|kudos|bravo|credit to|a credit|above and beyond|the extra mile|cant fault|cannot fault|couldnt fault|could not fault|cant praise|cant thank|cannot thank|couldnt thank|highly recommend|would recommend|cant recommend|recommend (them|it|the school|her|him) enough)' },
  { pattern: '(brilliant|amazing|fantastic|wonderful|lovely|fab|fabulous|superb|excellent|incredible|kind|caring|patient|supportive|smashing|belter|canny) (teacher|teachers|staff|school|head|job|day|time|support|team|work|lady|man|woman|people|bunch|lot|trip|show|assembly|performance)', falsePositives: ['(brilliant|amazing|fantastic|wonderful|lovely|fab|fabulous|superb|excellent|smashing) (job|work) (of|they) (losing|ignoring|covering|hiding|ruining)'] },
];
