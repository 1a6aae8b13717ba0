/** Named word lists that patterns share as `@name`. Entries may be several words. */
export const LISTS = {
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
