/**
 * Given names common among UK children that compromise's lexicon does not know ("Callum", "Freya",
 * "Kacper"). Language data, like compromise's own list: a word on it is a first name, so "Freya Lomax"
 * reads as a name in full. Only words compromise has no entry for are read from it (lexicon.ts).
 */
export const GIVEN_NAMES: readonly string[] = [
  // Boys
  'callum', 'kai', 'kian', 'brody', 'brodie', 'kenzie', 'mackenzie', 'kayden', 'kaiden', 'jayden', 'jaiden', 'jaxon', 'jaxson', 'riley', 'reece',
  'rhys', 'logan', 'harvey', 'harley', 'kieran', 'keiran', 'kyle', 'connor', 'conor', 'declan', 'finley', 'finlay', 'ollie', 'alfie', 'archie',
  'freddie', 'frankie', 'stanley', 'teddy', 'reggie', 'ronnie', 'albie', 'arlo', 'rory', 'ruben', 'reuben', 'ellis', 'ewan', 'euan', 'jamie',
  'cameron', 'dylan', 'brandon', 'bradley', 'caden', 'aiden', 'ayden', 'zack', 'zak', 'zach', 'mohammed', 'muhammad', 'mohammad', 'ibrahim',
  'yusuf', 'zayn', 'zain', 'ayaan', 'aarav', 'tyrese', 'tyrone', 'dante', 'deacon', 'kobe', 'kofi', 'kwame', 'bailey', 'corey', 'ashton',
  'brayden', 'hayden', 'jenson', 'jensen', 'kacper', 'jakub', 'oskar', 'szymon', 'mikolaj', 'filip', 'luca', 'luka', 'ryder', 'sonny',
  'tommy', 'theo', 'rowan', 'cody', 'kayson', 'kaden', 'lennon', 'lenny', 'louie', 'reggie', 'ruairi', 'seb', 'tobias', 'toby', 'zachary',
  'ethan', 'owen', 'nathan', 'jordan', 'lucas', 'isaac', 'elijah', 'oliver', 'harry', 'george', 'charlie', 'jacob', 'joshua', 'william',
  'ptolemy', 'maximilian', 'kayde', 'dexter', 'jenson', 'carter', 'kane', 'kyran', 'rio', 'ty', 'tj', 'aj',
  // Girls
  'freya', 'sienna', 'ava', 'isla', 'evie', 'ellie', 'millie', 'lacey', 'macy', 'maisie', 'kayla', 'kaylee', 'layla', 'leah', 'lexi', 'lexie',
  'libby', 'lola', 'lottie', 'mia', 'nevaeh', 'paige', 'phoebe', 'scarlett', 'tegan', 'teagan', 'teigan', 'tia', 'tilly', 'tillie', 'imogen',
  'isabelle', 'isobel', 'kacey', 'kacie', 'keeley', 'kelsey', 'kirsty', 'courtney', 'chelsea', 'shannon', 'demi', 'ebony', 'esme', 'elsie',
  'ffion', 'seren', 'cerys', 'niamh', 'aoife', 'siobhan', 'saoirse', 'orla', 'aisling', 'caoimhe', 'harriet', 'hattie', 'darcey', 'darcie',
  'darcy', 'amelie', 'aria', 'ayla', 'aisha', 'amira', 'fatima', 'zara', 'zoya', 'maryam', 'anaya', 'nia', 'rhianna', 'shanice', 'tanisha',
  'jodie', 'abbie', 'abi', 'bethany', 'caitlin', 'chloe', 'eden', 'elise', 'erin', 'esmee', 'faye', 'georgia', 'gracie', 'hollie', 'kiera',
  'keira', 'kiara', 'lucy', 'maddison', 'madison', 'mollie', 'molly', 'nadia', 'olivia', 'tayla', 'zoe', 'amelia', 'isabella', 'sophia',
  'emily', 'charlotte', 'jessica', 'evelyn', 'harper', 'willow', 'aurora', 'ivy', 'florence', 'matilda', 'ottilie', 'thea', 'edie', 'nell',
  'esmae', 'kenna', 'skyla', 'skylar', 'mya', 'kacy', 'jorja', 'lyla', 'remi', 'rosa', 'wren', 'iris', 'zainab', 'hafsa', 'khadija',
];
