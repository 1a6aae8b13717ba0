/**
 * Given names common among UK children that compromise's lexicon has no entry for ("Callum", "Freya",
 * "Kacper"). Language data, like compromise's own list: a word on it is a first name, so "Freya Lomax"
 * reads as a name in full (lexicon.ts). A test keeps every entry one compromise does not know.
 */
export const GIVEN_NAMES: readonly string[] = [
  // Boys
  'callum', 'kian', 'brody', 'brodie', 'kenzie', 'mackenzie', 'kayden', 'kaiden', 'jaiden', 'jaxon', 'jaxson', 'rhys', 'keiran', 'declan',
  'finley', 'finlay', 'albie', 'arlo', 'ewan', 'euan', 'caden', 'ayden', 'zak', 'zayn', 'zain', 'tyrese', 'kofi', 'kwame', 'brayden',
  'jenson', 'ryder', 'kayson', 'kaden', 'lennon', 'ruairi', 'seb', 'ptolemy', 'kayde', 'kyran', 'tj', 'aj',
  // Girls
  'freya', 'sienna', 'lexi', 'nevaeh', 'teagan', 'teigan', 'tilly', 'tillie', 'imogen', 'kacie', 'kirsty', 'demi', 'ebony', 'esme',
  'ffion', 'seren', 'cerys', 'aoife', 'saoirse', 'orla', 'caoimhe', 'amelie', 'ayla', 'amira', 'zoya', 'rhianna', 'shanice', 'esmee',
  'maddison', 'tayla', 'aurora', 'ivy', 'ottilie', 'esmae', 'skyla', 'skylar', 'kacy', 'jorja', 'remi', 'wren', 'iris', 'hafsa',
];

/**
 * Given names that are also everyday words ("ruby", "poppy", "autumn"): whatever compromise makes of
 * them, a given name when typed with a capital just before a surname ("Poppy Clarke", facts.ts).
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: readonly string[] = [
  'ruby', 'poppy', 'daisy', 'rose', 'lily', 'holly', 'ivy', 'jasmine', 'hope', 'faith', 'summer', 'autumn', 'willow', 'violet', 'iris',
  'heather', 'jade', 'pearl', 'skye', 'sky', 'river', 'blossom', 'honey', 'clover', 'hazel', 'maple', 'olive', 'rosie', 'bonnie', 'sunny',
  'crystal', 'dawn', 'robin', 'rocky', 'chase', 'hunter', 'mason', 'miles', 'grant', 'frank', 'drew', 'jay', 'bill', 'rob', 'sandy',
  'harmony', 'melody', 'destiny', 'reed', 'leo',
];
