import { classCodes } from './school';
import type { Phrase } from './types';

/**
 * How people are referred to. In these patterns `#name` is a word that may be a person's name
 * (capitalised or a known name, not staff, not the school) and `#initial` a capital letter on its own.
 */

/** Titles parents put before a teacher's surname. */
export const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'mister', 'missus', 'sir', 'madam', 'prof', 'rev', 'reverend'] as const;

/** The parent's own child, introduced by name ("my son Jack"). */
export const OWN_CHILD: readonly Phrase[] = [
  { pattern: '(my|our|me|wor|mi) (beautiful|gorgeous|lovely|amazing|clever|brave|darling|precious|wonderful|cheeky|big|little|baby|special|favourite|handsome|pretty|sweet|kind|funny|crazy|bestest|best)? (beautiful|gorgeous|lovely|amazing|clever|brave|little|big|baby)? (son|daughter|boy|girl|lad|child|kid|little one|youngest|eldest|oldest|middle one|little boy|little girl|baby|stepson|stepdaughter|step son|step daughter|twins|boys|girls|kids|children|little man|little lady|grandson|granddaughter|nephew|niece|daughters|sons) #name' },
  { pattern: '#name (is|was|s) (my|our) (son|daughter|boy|girl|lad|child|youngest|eldest|grandson|granddaughter)' },
  { pattern: '(our|wor|my|me|mi) #name' },
  { pattern: '(my|our|wor) (ds|dd|ds1|ds2|dd1|dd2|dc|dcs|dt|dts|dsd|dss) #name' },
  // "DS (Jacob, 7) and DD (Evie-Mae, 5)".
  { pattern: '(ds|dd|ds1|ds2|dd1|dd2|ds3|dd3|dc) #name' },
];

/** Where parents, not pupils, are found. */
const PARENT_GROUPS = 'pta|pta committee|committee|class chat|class whatsapp|whatsapp|whatsapp group|parents group|parents whatsapp|parents chat|parent chat|mums group|mams group|class group|group chat|governing body|governors|board of governors|parish council|friends of the school';
/** What parents run. */
const PARENT_DUTIES = 'tuck shop|uniform swap|uniform shop|breakfast club|after school club|cake sale|raffle|tombola|summer fair|christmas fair|school disco|lollipop|crossing|minibus';

/** Grown-ups: another child's parent, a partner, a relative. */
export const ADULT: readonly Phrase[] = [
  { pattern: '(his|her|their|my|our|the|your|a|ur) (mum|mom|mam|mummy|dad|daddy|mother|father|husband|hubby|wife|partner|nan|nanna|nana|grandma|granny|grandad|grandpa|auntie|aunty|aunt|uncle|friend|mate|neighbour|boss|gp|doctor|childminder|cousin|sister in law|brother in law|mother in law|father in law|ex) #name' },
  { pattern: '#name (s|and|&) (son|daughter|kids|children|boy|girl|husband|wife|partner|family)' },
  // Known by the parents' groups they are in or run: "Yvette Marchbank from the Y4 class chat", "Gemma Foster who runs the PTA",
  // "Kerry Whitlock, the PTA treasurer", "Darren Tuck (Year 5 dad)".
  { pattern: `#name #name? (from|on|in|off) (the|our|my)? #any? #any? (${PARENT_GROUPS})` },
  { pattern: `#name #name? (who|that) (runs|ran|chairs|organises|organised|leads|does|manages|is on|sits on|set up) (the|our)? #any? #any? (${PARENT_GROUPS}|${PARENT_DUTIES})` },
  { pattern: `#name #name? (the|our|a) #any? (${PARENT_GROUPS}|${PARENT_DUTIES}) (treasurer|chair|secretary|rep|organiser|lady|man|volunteer|mum|mam|dad)` },
  { pattern: '#name #name? (year #num|=y1|=y2|=y3|=y4|=y5|=y6|=y7|=y8|=y9|=y10|=y11|reception|nursery) (dad|mum|mam|mom|parent|grandad|nan)' },
];

/** A name that is an organisation's ("Northumberland County Council"): thanked or congratulated, it is no child. */
const ORGANISATION = '#name #name? (county|city|borough|district|council|fc|united|rovers|town|hospital|police|fire|airport|airways|ltd|limited|library|museum|station|rail|railways|water|energy|group|trust|nhs|news|times|herald|echo|gazette|chronicle|mercury|advertiser|journal|radio|fm)';

/** A parent described, not named: "Teary mam here", "Proud dad moment". */
const FEELING_PARENT = '(teary|tearful|proud|emotional|tired|knackered|exhausted|stressed|frazzled|happy|grateful|relieved|nervous|anxious|worried|skint|busy|working|single|new|first time|sleepy|shattered) (mum|mam|mom|mummy|dad|daddy|parent|parents)';

/** Parents addressed as a group by place or class: "Northumberland mums", "Cambois parents". */
const GROUP_OF_PARENTS = '#name #name? (mums|moms|mams|dads|parents|families|grandparents|folk|people)';

/** Class and form codes: "4B", "6M", "10R". */
const CLASS_CODES = classCodes(1, 13).join('|');

/** Context that says a named person is a child at the school. */
export const CHILD_CUES: readonly Phrase[] = [
  // Not the pronoun after a name typed in lower case: "ask rather than stew 😂 I asked the head".
  { pattern: '#name #initial', falsePositives: ['#name i (m|am|was|asked|have|had|ve|ll|d|think|thought|said|went|got|did|do|dont|will|would|just|really|can|cant|know|love|feel|felt|need|want|told|rang|called|emailed|spoke|tried|hope|guess|mean|am|honestly)'] },
  // Typed in lower case: "jake t in 5c". Not "a" or "i", which are words.
  { pattern: '#name (=b|=c|=d|=e|=f|=g|=h|=j|=k|=l|=m|=n|=o|=p|=q|=r|=s|=t|=u|=v|=w|=x|=y|=z) (in|from|got|has|is|was|and|keeps|kept|s|mum|mam|dad|who|y1|y2|y3|y4|y5|y6|y7|y8|y9|y10|y11|year|yr|class|form)' },
  { pattern: '#name #name? (the|a|that) (kid|boy|girl|lad|lass|child|pupil|little boy|little girl) (who|that|in|from|with)' },
  { pattern: '(whoevers|whoever s|whose|whos) (son|daughter|child|kid|boy|girl|little boy|little girl) (is|s)? #name' },
  // Named through the grown-ups: "can the parents of Tilly Marsh have a word".
  { pattern: '(parents|parent|mum|mam|mom|mummy|dad|daddy|mother|father|family|nan|grandparents) of #name', falsePositives: ['(mother|father) of (god|christ|jesus|the bride|the groom|the nation)', '(mums|mams|moms|dads|parents|families|grandparents) of #name (and|&|or) #name', '(working|single|busy|new|fellow|all the|lovely|proud|tired) (mums|mams|moms|dads|parents|families) of'] },
  { pattern: '#name #name? (mum|mom|mam|mummy|dad|daddy|mother|father|parents|nan|family|brother|sister|parent)', falsePositives: [GROUP_OF_PARENTS, FEELING_PARENT, '#name #name? (mum|mam|mom|dad|parent) (here|of #num|of two|of three|of four)'] },
  { pattern: '#name (and|&) (little)? #name (for|on|who|from|in)', falsePositives: ['#name (and|&) #name in (english|history|re|rs|music|art|drama|science|literature|lit|geography|pshe)'] },
  // Two named in full: "Tegan Moss and Luca Devine, who…".
  { pattern: '#name #name (and|&) #name #name (both|who|with|for|got|came|won|scored|are|were|if|looked|have|had|did|from|in|on)' },
  { pattern: '#name #name? (from|in) (wor|our|my|his|her|their|dds|dss|ds|dd) #any? (class|form|year|group|team)' },
  // A class or form by its name: "Poppy-Mae from Oak class", "Connor Fitz in 9R", "Leo in 6M".
  { pattern: `#name #name? (from|in) (#any (class|form)|(mrs|mr|miss|ms|sir) #any (s)? (class|form)|${CLASS_CODES})` },
  { pattern: '(young) #name (who|has|did|ran|won|scored|is|was|got|came|made)' },
  // Their child, to the parent: "if your Kai touches my daughter again".
  { pattern: '(your|ur|yer) (little)? #name' },
  { pattern: '#name (in|from) (year|yr|years|reception|nursery|class|my sons class|my daughters class|his class|her class|their class|the same class|our class|=y1|=y2|=y3|=y4|=y5|=y6|=y7|=y8|=y9|=y10|=y11|=y12|=y13|=yr1|=yr2|=yr3|=yr4|=yr5|=yr6|=yr7|=yr8|=yr9|=yr10|=yr11)' },
  { pattern: '(that|the|this|those|them|dat) #name (boy|girl|kid|lad|lads|lass|lasses|child|twins|children|kids|brat|brats|family|lot|boys|girls|little|bairn|bairns|sisters|brothers|triplets)' },
  { pattern: '#name (s|and|&) (mum|mom|mam|mummy|dad|daddy|mother|father|parents|nan|family|brother|sister|older brother|big brother|parent)' },
  { pattern: '(boy|girl|kid|lad|child|pupil|student|classmate|little boy|little girl|a child|a boy|a girl|a kid|a lad|a pupil|a student) (called|named|who is called|by the name of|nicknamed)? #name' },
  { pattern: '({bully}|{hit}|{push}|{kick}|{attack}|{punch}|{pick} on|{hurt}|{threaten}|{bite}|{scratch}|{pinch}|{trip}|{shove}|{slap}|{spit} at|{tease}|{torment}|{call} names|{exclude}|{target}|{beat} up|{harass}|{intimidate}) by #name' },
  { pattern: '(friends|fight|fighting|fights|fought|fell out|falling out|trouble|problems|problem|issues|issue|argument|arguments|scrap|incident|incidents|altercation) with #name' },
  { pattern: '#name #name? @adverb? (keeps|kept|has been|have been|is|was|is always|was always|has|had|always|constantly|then|just|also|even|again|still|sometimes|often|now|and his mates|and her mates|and his friends|and her friends|and co|and his gang|and her gang)? @adverb? ({hit}|{push}|{kick}|{bite}|{punch}|{bully}|{pick} on|{hurt}|{spit} at|{tease}|{torment}|{threaten}|{call}|{scratch}|{pinch}|{trip}|{attack}|{shove}|{slap}|{steal} from|{exclude}|{target}|{follow}|{harass}|{intimidate}|{push} around|{beat} up|{strangle}|{choke}|{headbutt}|{throw} .. at|{swear} at|{laugh} at|{make} fun of|{gang} up on) (#name|@child|my son|my daughter|my boy|my girl|my child|my kid|him|her|other kids|other children|everyone|the other kids|the little ones|the younger ones|kids|children)' },
  { pattern: '#name #name? (is|was|s|are|were|has been|is such|is a|is an|was a|was such) (a|an|such a|so|really|very|totally|absolutely|always|an absolute|a right|a proper|a nasty|a spiteful|a horrible|a spoilt)? (nasty|spiteful|horrible|spoilt|little|vile)? (little)? (madam|toerag|shit|sod|nightmare|bully|feral|naughty|disruptive|violent|horrible|vile|nasty|little shit|little sod|brat|spoilt brat|menace|thug|animal|psycho|problem|troublemaker|trouble maker|bad influence|rude|aggressive|out of control|a bad egg|evil|monster|little monster)' },
  { pattern: '(sat|sit|sitting|seated|sits|put|moved) (next to|with|near|beside|by) #name' },
];

/**
 * Someone thanked or congratulated by name: a classmate in a draft already about the school, anyone
 * ("Thanks Lloyds 🙄", "happy birthday Nan") elsewhere.
 */
export const GREETED: readonly Phrase[] = [
  { pattern: '(thank you|thanks|big thanks|huge thanks|thank u|ty) (to)? (little)? #name', falsePositives: [ORGANISATION] },
  { pattern: '(well done|congratulations|congrats|huge congratulations|big congratulations|happy birthday|happy #any birthday|shout out|shoutout|big shout out|big shoutout|massive well done|so proud of|proud of) (to)? (little)? #name', falsePositives: [ORGANISATION] },
];

/**
 * Someone named in full ("Tayla Bone", "Harriet Vance's"). In a draft already about the school, and
 * not shown to be staff, a grown-up or the parent's own child, that is a classmate; elsewhere it is
 * anyone, so it never makes a draft about a school by itself (context.ts).
 */
/** What follows a place's name: "Chester Zoo", "Alton Towers", "Queens Drive". */
const PLACE = '(road|street|lane|avenue|close|drive|way|park|hospital|common|green|hill|estate|centre|center|station|airport|beach|bay|primary|academy|school|college|university|church|chapel|hall|village|ward|surgery|leisure|library|zoo|towers|gardens|castle|palace|abbey|cathedral|farm|pier|world|museum|theatre)';
/** Where a class learns about someone: "all about Mary Seacole", "a display on Walter Tull", "books by Roald Dahl". */
const LEARNT_ABOUT = '(about|on|of|written by|books by|book by|poem by|poems by|story by|stories by|painted by|painting by|song by|songs by|play by|film by|novel by|novels by|letter to|wrote to|writing to|write to|dressed as|went as|came as|going as|go as|dress up as|dressing up as|to be|played|playing|reading|read|watching|watched|research|researching|project|assembly|display|poem|poems|book|books|story|stories|film|song)';

/** What follows a performer's name: "the Robbie Williams tribute", "Harry Styles tickets". */
const PERFORMED = '(tribute|tribute act|concert|gig|tour|album|song|songs|tickets|show|film|movie|documentary|lookalike|impersonator|fan|fans|poster|posters|merch|painting|paintings|novel|novels|statue|biography|case|trial|inquiry|inquest|foundation|memorial|lecture|autograph|autographs|recipe|recipes|lemon drizzle|cookbook|selfie)';
/** Someone famous a child is likened to: "he's decided he's the next Magnus Carlsen". */
const LIKENED = '(the next|the new|a young|a mini|a budding|our own|our very own|a real|a proper) #name #name';

export const FULL_NAME: readonly Phrase[] = [
  {
    pattern: '#name #name',
    falsePositives: [ORGANISATION, `#name ${PLACE}`, `#name #name ${PLACE}`, `${LEARNT_ABOUT} #name #name ((and|&) #name #name)?`, `#name #name (s)? ${PERFORMED}`, LIKENED],
  },
];

/** A role at school, for naming staff the config does not list ("Kerry in the office", "Dave the caretaker"). */
const STAFF_ROLE = '(senco|head|headteacher|head teacher|deputy|deputy head|ta|teaching assistant|teacher|class teacher|caretaker|form tutor|tutor|head of year|receptionist|dinner lady|lunchtime supervisor|office manager|business manager|pastoral lead|safeguarding lead|dsl|pe teacher|maths teacher|english teacher|science teacher|music teacher|art teacher|cover supervisor|supply teacher|attendance officer)';

/** The first word of each role: after "the" it makes the word before a staff member's name ("Kev the caretaker"). */
export const STAFF_ROLE_STARTS: ReadonlySet<string> = new Set(STAFF_ROLE.slice(1, -1).split('|').map((role) => role.split(' ')[0]!));

/** Context that says a named person works at the school. */
export const STAFF_CUES: readonly Phrase[] = [
  { pattern: '#name (in|from|at|on) the #school? (attendance office|school office|front office|office|reception desk|finance office|kitchen|canteen|staffroom|sen department|pastoral team|front desk)' },
  { pattern: `#name (the|our|his|her|their|dds|dss|my) ${STAFF_ROLE}` },
  { pattern: `(the|our|his|her|their|dds|dss|my) ${STAFF_ROLE} #name` },
];
