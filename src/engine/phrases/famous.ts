/**
 * People everyone knows by their full name: whom children learn about at school (history, science,
 * art, books), the authors and characters of World Book Day, sports stars, TV faces and names from the
 * news. Named in a draft about a school, none of them is a classmate ("DS wrote a letter to Greta
 * Thunberg", "Mary Berry's lemon drizzle for the cake stall"). Names that are also common among
 * children and parents ("John Smith") are left out. Lower case, as tokens spell them.
 */
export const FAMOUS_PEOPLE: readonly string[] = [
  // History taught in primary and secondary school.
  'mary seacole', 'florence nightingale', 'walter tull', 'grace darling', 'rosa parks', 'martin luther', 'luther king', 'ruby bridges',
  'anne frank', 'winston churchill', 'anne boleyn', 'catherine parr', 'jane seymour', 'catherine howard', 'isambard kingdom', 'kingdom brunel',
  'neil armstrong', 'buzz aldrin', 'tim peake', 'emmeline pankhurst', 'charles darwin', 'isaac newton', 'marie curie', 'ada lovelace',
  'alan turing', 'howard carter', 'thomas farriner', 'samuel pepys', 'guy fawkes', 'captain cook', 'christopher columbus', 'amelia earhart',
  'mae jemison', 'nelson mandela', 'stephen lawrence', 'edith cavell', 'wilfred owen', 'siegfried sassoon', 'julius caesar', 'harriet tubman',
  'frederick douglass', 'malala yousafzai', 'george stephenson', 'robert stephenson', 'elizabeth fry', 'mary anning', 'john lennon',
  'oliver cromwell', 'richard iii', 'william wilberforce', 'olaudah equiano', 'noor inayat', 'inayat khan', 'lord nelson', 'horatio nelson',
  // Science, nature and the arts.
  'greta thunberg', 'david attenborough', 'jane goodall', 'stephen hawking', 'leonardo da', 'da vinci', 'vincent van', 'van gogh',
  'claude monet', 'pablo picasso', 'andy warhol', 'frida kahlo', 'henri matisse', 'ls lowry', 'henry moore', 'barbara hepworth',
  // Books: authors and characters.
  'william shakespeare', 'charles dickens', 'roald dahl', 'julia donaldson', 'michael morpurgo', 'david walliams', 'jacqueline wilson',
  'jk rowling', 'enid blyton', 'beatrix potter', 'lewis carroll', 'cs lewis', 'tom fletcher', 'michael rosen', 'oliver jeffers',
  'anthony browne', 'judith kerr', 'dav pilkey', 'jeff kinney', 'mary poppins', 'harry potter', 'hermione granger', 'ron weasley',
  'peter pan', 'willy wonka', 'matilda wormwood', 'charlie bucket', 'peter rabbit', 'paddington bear', 'winnie the', 'the pooh',
  'horrid henry', 'tracy beaker', 'greg heffley', 'captain underpants', 'the gruffalo',
  // Sport.
  'marcus rashford', 'harry kane', 'alan shearer', 'bukayo saka', 'jude bellingham', 'mo salah', 'mohamed salah', 'lionel messi',
  'cristiano ronaldo', 'steven gerrard', 'wayne rooney', 'david beckham', 'jack grealish', 'raheem sterling', 'phil foden',
  'erling haaland', 'kevin de', 'de bruyne', 'leah williamson', 'chloe kelly', 'beth mead', 'lucy bronze', 'mary earps', 'alessia russo',
  'mo farah', 'jessica ennis', 'tom daley', 'andy murray', 'emma raducanu', 'lewis hamilton', 'usain bolt', 'simone biles',
  'serena williams', 'gareth southgate', 'jurgen klopp', 'pep guardiola', 'ben stokes', 'joe root', 'jonny wilkinson',
  // Television, music and the news.
  'mary berry', 'paul hollywood', 'joe wicks', 'jamie oliver', 'gordon ramsay', 'bear grylls', 'chris packham', 'steve backshall',
  'taylor swift', 'ed sheeran', 'harry styles', 'dua lipa', 'billie eilish', 'lewis capaldi', 'holly willoughby', 'phillip schofield',
  'ant mcpartlin', 'declan donnelly', 'king charles', 'prince william', 'prince harry', 'prince george', 'queen elizabeth',
  'princess diana', 'kate middleton', 'boris johnson', 'rishi sunak', 'keir starmer', 'margaret thatcher', 'tony blair',
  'donald trump', 'joe biden', 'barack obama', 'elon musk',
  // True crime parents mention.
  'fred west', 'rose west', 'harold shipman', 'myra hindley', 'ian brady', 'peter sutcliffe', 'ted bundy',
];
