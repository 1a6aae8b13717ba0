/** Named word lists that patterns share as `@name`. Entries may be several words. */
const BASE_LISTS = {
  /** The speaker, with the contractions typed without apostrophes ("ill", "im"). */
  me: ['i', "i'll", "i'd", "i'm", "i've", 'we', "we'll", "we'd", "we're", "we've", 'ima', 'i will', 'we will', 'i would', 'i am', 'we are'],
  /** Someone at school as the doer: a name, a titled teacher, a role. */
  actor: ['#staff #staff? #staff?', '(mr|mrs|ms|miss|mx|dr|sir) #any', '#name', 'he', 'she', 'they', 'hes', 'shes', "he's", "she's", "they've", "theyve", 'someone', 'somebody', 'one of the teachers', 'a teacher', 'a member of staff', 'staff', 'teachers', 'the teacher', 'his teacher', 'her teacher', 'their teacher', 'class teacher', 'form tutor', 'the head', 'head', 'headteacher', 'the headteacher', 'head teacher', 'headmaster', 'headmistress', 'deputy', 'deputy head', 'the deputy', 'senco', 'the senco', 'teaching assistant', 'the ta', 'head of year', 'principal', 'the school', 'this school', 'school', 'the academy', 'governors', 'the governors', 'leadership', 'slt', 'the office', 'dinner lady', 'dinner ladies', 'lunchtime supervisor', 'caretaker', 'pe teacher', 'coach', 'miss', 'sir', 'management', 'the trust', 'supply teacher', 'the supply teacher'],
  /** Someone spoken about or to, as the object of a verb. */
  them: ['him', 'her', 'them', 'you', 'u', 'ya', 'yer', 'em', 'that woman', 'that man', 'that teacher', 'the teacher', 'the head', 'the headteacher'],
  /** Someone spoken about, as the subject of a verb. */
  they: ['he', 'she', 'they', 'you', 'u', 'hes', 'shes', 'theyre', 'youre'],
  /** Staff and the school, by role rather than by name. */
  staff: [
    'teacher', 'the teacher', 'his teacher', 'her teacher', 'their teacher', 'class teacher', 'form teacher', 'form tutor',
    'teachers', 'staff', 'the staff', 'member of staff', 'staff member', 'head', 'the head', 'headteacher', 'head teacher', 'headmaster', 'headmistress',
    'deputy', 'deputy head', 'the deputy', 'senco', 'the senco', 'teaching assistant', 'head of year', 'principal',
    'the school', 'this school', 'that school', 'school', 'the academy', 'governors', 'the governors', 'leadership', 'slt',
    'the office', 'receptionist', 'dinner lady', 'dinner ladies', 'lunchtime supervisor', 'caretaker', 'pe teacher', 'sports coach',
    'miss', 'sir', 'management', 'the trust', 'they', 'she', 'he',
  ],
  /** Staff and the school by role, without the bare pronouns. */
  role: [
    'teacher', 'the teacher', 'his teacher', 'her teacher', 'their teacher', 'class teacher', 'form teacher', 'form tutor',
    'teachers', 'staff', 'the staff', 'member of staff', 'staff member', 'head', 'the head', 'headteacher', 'head teacher', 'headmaster', 'headmistress',
    'deputy', 'deputy head', 'the deputy', 'senco', 'the senco', 'teaching assistant', 'the ta', 'head of year', 'principal',
    'the school', 'this school', 'that school', 'school', 'the academy', 'governors', 'the governors', 'leadership', 'slt',
    'the office', 'receptionist', 'dinner lady', 'dinner ladies', 'lunchtime supervisor', 'caretaker', 'pe teacher', 'sports coach',
    'miss', 'sir', 'management', 'the trust', 'safeguarding lead', 'dsl', 'chair of governors',
  ],
  /** A child, the parent's own or any. */
  child: [
    'my son', 'my daughter', 'my boy', 'my girl', 'my child', 'my kid', 'my lad', 'my little one', 'my little boy', 'my little girl',
    'my youngest', 'my eldest', 'my kids', 'my children', 'our son', 'our daughter', 'our kids', 'our children', 'our child',
    'him', 'her', 'them', 'a child', 'a boy', 'a girl', 'a pupil', 'a kid', 'children', 'kids', 'pupils', 'students', 'the kids',
    'the children', 'the pupils', 'a year', 'little ones', 'a student', 'a little boy', 'a little girl', 'the boy', 'the girl', 'boys', 'girls',
  ],
  /** Adverbs and intensifiers that sit between a subject and its verb. */
  adverb: ['just', 'actually', 'literally', 'basically', 'apparently', 'really', 'always', 'constantly', 'repeatedly', 'openly', 'deliberately', 'physically', 'clearly', 'then', 'also', 'even', 'totally', 'completely', 'absolutely', 'utterly', 'so', 'very', 'such', 'bloody', 'fucking', 'effing', 'proper', 'pure', 'a', 'an', 'the'],
  /** Swearing used as an intensifier. */
  swear: ['fucking', 'fuckin', 'fking', 'fkin', 'effing', 'bloody', 'sodding', 'bleeding', 'frigging', 'friggin', 'flipping', 'shitty', 'shit', 'crap', 'crappy', 'damn', 'bastard', 'fucken'],
  /** Readers addressed together. */
  everyone: ['everyone', 'everybody', 'all of you', 'you all', 'yall', 'all parents', 'parents', 'other parents', 'every parent', 'we all', 'we should all', 'all of us', 'lets all', 'let us all', 'people', 'mums', 'dads', 'guys', 'ladies', 'folks'],
} as const satisfies Record<string, readonly string[]>;

/** Protected groups, as people generalise about them (plural or collective nouns). */
export const GROUP_LISTS = {
  group: [
    'polish', 'poles', 'romanians', 'romanian', 'pakistanis', 'pakistani', 'indians', 'indian', 'africans', 'african', 'nigerians', 'nigerian',
    'somalis', 'somali', 'chinese', 'asians', 'asian', 'blacks', 'black people', 'black families', 'eastern europeans', 'eastern european',
    'albanians', 'albanian', 'bulgarians', 'lithuanians', 'kurds', 'turks', 'arabs', 'afghans', 'syrians', 'iraqis', 'bangladeshis', 'bengalis',
    'gypsies', 'gipsies', 'gypsy', 'travellers', 'traveller', 'pikeys', 'roma', 'irish', 'scots', 'foreigners', 'foreign', 'foreign families', 'foreign kids',
    'immigrants', 'immigrant', 'migrants', 'migrant', 'asylum seekers', 'asylum seeker', 'refugees', 'refugee', 'illegals', 'illegal immigrants', 'economic migrants',
    'muslims', 'muslim', 'jews', 'jewish people', 'jewish', 'hindus', 'sikhs', 'catholics', 'christians', 'islam', 'islamists',
    'gays', 'gay people', 'gay men', 'gay couples', 'gay parents', 'lesbians', 'bisexuals', 'trans people', 'trans kids', 'trans', 'transgender people', 'transgender',
    'queers', 'queer people', 'lgbt people', 'lgbt', 'lgbtq', 'homosexuals', 'non binary', 'women', 'females', 'girls', 'woman teachers', 'female teachers',
    'disabled', 'disabled people', 'disabled kids', 'disabled children', 'autistic kids', 'autistic children', 'autistics', 'sen kids', 'sen children', 'send kids',
    'special needs kids', 'special needs children', 'special needs', 'adhd kids', 'downs kids', 'wheelchair users', 'deaf kids', 'blind kids',
  ],
  /** What a hateful generalisation says a group is, does or should suffer. */
  'hate-predicate': [
    'should go back', 'should all go back', 'need to go back', 'needs to go back', 'should be deported', 'should all be deported', 'need deporting', 'want deporting',
    'should be sent home', 'should be sent back', 'need sending back', 'want sending back', 'should be banned', 'should be kept out', 'should be kept away',
    'should be locked up', 'should be segregated', 'should be put down', 'should be shot', 'should be gassed', 'should be wiped out',
    'dont belong', 'do not belong', 'dont belong here', 'dont belong in', 'have no place', 'has no place', 'shouldnt be allowed', 'should not be allowed',
    'shouldnt be here', 'should not be here', 'shouldnt be teaching', 'shouldnt teach', 'cant be trusted', 'can not be trusted', 'cannot be trusted',
    'are all dirty', 'are dirty', 'are filthy', 'are thieves', 'are all thieves', 'are scroungers', 'are all scroungers', 'are criminals', 'are all criminals',
    'are animals', 'are vermin', 'are parasites', 'are scum', 'are a disease', 'are a plague', 'are a cancer', 'are taking over', 'are ruining', 'are breeding',
    'are the problem', 'are a problem', 'are a drain', 'are a burden', 'are freaks', 'are perverts', 'are disgusting', 'are lazy', 'are thick',
    'are all the same', 'are all terrorists', 'are terrorists', 'are savages', 'are rapists', 'are groomers', 'are paedos', 'are nonces', 'are a danger', 'are dangerous',
    'are subhuman', 'are inferior', 'are not normal', 'arent normal', 'are not natural', 'arent natural', 'are unnatural', 'are an abomination',
    'ruin everything', 'ruin our schools', 'ruin the school', 'ruin it for everyone', 'ruining our schools', 'ruining the school', 'ruining everything', 'ruining it for everyone',
    'dragging down', 'drag down', 'dragging the school down', 'bringing the school down', 'bring the school down', 'holding back', 'hold back', 'holding everyone back',
    'taking over', 'take over', 'took over', 'taking our jobs', 'take our jobs', 'taking our houses', 'taking our homes', 'taking our school places', 'taking our places', 'taking our country', 'taking our benefits', 'taking all the', 'get everything handed', 'get everything for free', 'get it all for free',
    'breed like', 'out of our schools', 'out of our school', 'out of this country', 'out of our country',
    'shouldnt be near', 'should not be near', 'shouldnt be around', 'keep away from our kids',     'shouldnt be in charge', 'cant teach', 'cant lead', 'cant run', 'cant do maths', 'cant drive', 'belong in the kitchen', 
    'know their place', 'should know their place', 'should be seen and not heard',
    'are ruining this country', 'always nicking', 'always stealing', 'nick everything', 'steal everything', 'are all on benefits', 'live on benefits', 'scrounging', 'sponging', 'scrounge', 'never work', 'dont work', 'dont pay tax',
    'always causing trouble', 'are always the troublemakers', 'are troublemakers', 'are the troublemakers', 'are violent', 'are aggressive', 'are feral', 'get special treatment', 'get away with everything', 'get everything they want', 'are always trouble', 'are nothing but trouble', 'cause all the trouble', 'bring crime', 'bring knives', 'carry knives', 'are a different breed', 'are not like us', 'arent like us', 'not one of us', 'swarming', 'infesting', 'flooding in', 'pouring in', 'coming over here',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Named word lists that patterns share as `@name`. */
export const LISTS = { ...BASE_LISTS, ...GROUP_LISTS } as const;
