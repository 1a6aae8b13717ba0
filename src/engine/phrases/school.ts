import type { Phrase } from './types';

/** The school or its staff as someone a finding can be aimed at (by role; names come from the config). */
export const SCHOOL_TARGETS: readonly Phrase[] = [
  { pattern: '@role', falsePositives: ['(the|my|his|her|a|our) (head|heads) (lice|louse|cold|injury|bump|teacher of)', 'miss (the|a|him|her|you|them|it|out|school|my|our|his|her)', '(i|we|you|they|will|dont|don\'t|didnt|to|would|really|so|gonna) miss', '(my|his|her|their|our) (piano|guitar|music|swimming|swim|dance|dancing|driving|singing|karate|football|tennis|riding|yoga|violin|drum|drums|art|sunday school) (teacher|teachers)'] },
  { pattern: '(schools|teachers|staffroom|staff room|the staffroom|the governors|governing body|ofsted)' },
];

/** He, she or they: the school's staff only when the draft is about them rather than about another family. */
export const PRONOUN_TARGETS: readonly Phrase[] = [
  { pattern: '(he|she|they|hes|shes|theyre|him|her|them)', falsePositives: ['(he|she|they) (said|says|told|asked|went|came|got|loves|loved|wants|wanted)'] },
];

/**
 * Other families as the target: a parent, a pupil, a family. A threat or insult aimed at them is not a
 * complaint about the school, even when it happens at the gates.
 */
export const BYSTANDERS: readonly Phrase[] = [
  // A parent who told the writer something is the source of the story, not its target ("a mum told me…").
  { pattern: '(the|that|this|some|a|any|to the|one|those|these|them|other) (mum|mam|mom|mother|dad|father|parent|parents|mums|dads|mothers|fathers|family|families|kid|kids|lad|lads|lass|boy|boys|girl|girls|child|children|brat|brats|busybody|woman|bloke|man|fella|couple)', falsePositives: ['(a|one|another|other|some|one of the|two) (mum|mam|mom|dad|parent|parents|mums|mams|dads) (told|tells|said|says|reckons|mentioned|saw|seen|heard|messaged|texted) (me|us)?'] },
  { pattern: '(whoever|whoevers|whoever\'s|anyone who|any parent|any alsop parent|any parent who|every parent who|busybody|yi|ya)' },
  { pattern: '#name (s)? (mum|mam|mom|dad|mother|father|parents|family)' },
];

/** Authorities, services, trades and companies parents deal with besides the school. */
const OTHERS = [
  'council|councils|county council|city council|town council|parish council|local authority|government|dvla|hmrc|dwp|jobcentre|job centre|nhs|gp|gp surgery|doctors surgery|the doctors|dentist|dentists|hospital|landlord|landlady|letting agent|letting agents|estate agent|estate agents|builder|builders|plumber|electrician|garage|mechanic|airline|airport|campsite|hotel|travel agent|bus company|bus companies|train company|train companies|rail company|network rail|energy company|water company|broadband|broadband company|phone company|courier|couriers|delivery driver|leisure centre|bin men|binmen|bin collection|call centre|customer service|customer services|insurance company|insurers|letting company|cafe|restaurant|takeaway|chippy|chip shop|pub|caravan park|holiday park|static caravan|caravan site|delivery|deliveries|parcel|roads',
  'merseyrail|northern rail|avanti|lner|gwr|thameslink|southeastern|first bus|firstbus|arriva|stagecoach|national express|ryanair|easyjet|jet2|british airways|virgin media|virgin trains|talktalk|vodafone|dpd|evri|hermes|yodel|royal mail|parcelforce|british gas|octopus energy|thames water|united utilities|anglian water|northumbrian water|severn trent|yorkshire water|sky broadband|bt broadband|openreach|amazon|tesco|asda|sainsburys|morrisons|aldi|lidl|ikea|argos|currys|deliveroo|just eat|uber|uber eats|centre parcs|center parcs|butlins|haven',
  'o2|giffgaff|three mobile|plusnet|bt|bt openreach|virgin|sky broadband|sky tv',
  // Strangers who did the damage: "some absolute weapon has smashed the bus shelter", "thieving scrotes".
  'some (absolute|total|complete|utter|right|proper)? (weapon|idiot|idiots|moron|morons|scumbag|scumbags|clown|clowns|lowlife|lowlifes|scrote|scrotes|toerag|toerags|yob|yobs|numpty|plonker|knobhead|dickhead|prat|pillock|bellend|tosser|halfwit|nutter|lunatic|maniac|thief|thieves|vandal|vandals|muppet|muppets|wally|plank|donut|doughnut)',
  'thieves|vandals|burglars|joyriders|fly tippers|flytippers|scammers',
  // Exam boards and the bus company's depot: a remark, a grade boundary or a missed bus is theirs, not the school's.
  'exam board|exam boards|ofqual|aqa|edexcel|wjec|bus depot|depot|merseytravel',
  // Trades and businesses reviewed by the firm rather than its name: "this firm is a joke", "the barber just laughed".
  'barber|barbers|hairdresser|hairdressers|salon|soft play|(this|that|the) (firm|company|outfit|practice|surgery|garage|letting agency)|cowboy builders|cowboy outfit|universal credit|(my|our|me) (manager|new manager|employer|work|job|agency|recruitment agency)',
  // People outside the school community: the writer's partner or ex, boss or landlord, strangers on the road or behind
  // a counter, a match's officials ("some knobhead in a white BMW"). Not brothers or neighbours: they are who is
  // brought along in a threat ("my brothers", "I live two doors down from her").
  'the (ex|ex husband|ex wife|ex partner)|(my|our|me) (own)? (ex|ex husband|ex wife|ex partner|husband|hubby|partner|other half|in laws|mother in law|father in law|boss|line manager|landlord|landlady|mil|fil)',
  '(behind|on) the (counter|till|bar|tills)',
  'cab|cabs|taxi|taxis|taxi firm|cab firm|cab company|taxi company|scottish power|scottishpower|eon|edf|ovo|octopus|(this|that) (uniform shop|uniform supplier)',
  'in a (white|black|silver|red|blue|grey|gray|green|big|massive)? (van|bmw|beemer|audi|merc|mercedes|range rover|transit|corsa|4x4|taxi|cab|tesla|golf|fiesta|lorry|truck)',
  '(the|that|their|our) (ref|referee|linesman|linesmen|cab driver|taxi driver|call handler|gaffer|defending|defence|keeper|goalie|back four|other team|other side)',
  // The roads, and football clubs whose names are not also places people live.
  'roadworks|road works|temporary lights|traffic lights|the traffic|potholes|the roads|the bypass|the motorway|the ring road',
  'arsenal|chelsea|spurs|tottenham|everton|liverpool fc|man united|man utd|man city|manchester united|manchester city|newcastle united|the toon|sunderland|aston villa|wolves|west ham|leeds united|norwich city|the canaries|ipswich town|leicester city|nottingham forest|celtic|rangers|the ref|referee',
].join('|');
/**
 * Organisations and services other than the school as the target: a complaint or insult aimed at the
 * council, a bus company or an airline is not one about the school, even in a draft that mentions it
 * ("DD missed registration. First Bus you are a disgrace"); the organisation only told or dealt with
 * ("she lied to the council") or a paper from it ("the doctor's letter") is not the target.
 */
export const ELSEWHERE: readonly Phrase[] = [
  {
    pattern: `(${OTHERS})`,
    falsePositives: [
      '(school|school s) (council|hotel|cafe|restaurant)',
      // Only told, dealt with or met at: "lied to the council", "in the Tesco car park".
      `(to|with|in|at|outside|near|behind|from) .. (the|a|our|my)? (${OTHERS})`,
      // Only the source of a paper: "the doctor's letters", "the Arriva delay notice".
      `(${OTHERS}) (s)? (letter|letters|note|notes|appointment|appointments|delay|report|reports|notice|notices|car park|certificate)`,
    ],
  },
];

/**
 * The school cleared in so many words: "nothing to do with the school", "nobody did anything wrong", "I'm backing the
 * school", "please stop the rumours", "good to see a school own a mistake". A draft that says so is not complaining of
 * the school, whatever else it is angry about.
 */
export const EXONERATE: readonly Phrase[] = [
  { pattern: '(nothing|nowt|not anything) to do with (the|our)? (school|schools|staff|teachers|teacher|head|#school #school? #school?)' },
  { pattern: '(nobody|no one|noone|nobody at school|no one at school) (did|had done|has done|was|is) (anything|owt|nothing)? (wrong|to blame|at fault)' },
  // Not "support staff" or "back the school fair": the writer takes the school's side.
  { pattern: '(im|i am|i m|were|we are|we re|i|we|totally|fully|completely|honestly) (backing|back|support|supporting|agree with|agreed with|side with|siding with|stand by|standing by) (the|our)? (school|head|teachers|staff|#school #school? #school?)', falsePositives: ['(back|support|supporting) (the|our)? (school|#school #school? #school?) (fair|fete|disco|play|trip|appeal|choir|team|uniform|football|kitchen|library|minibus|garden|pta|fund|funds|fundraiser|fundraising|run|bus)'] },
  { pattern: '(stop|stop spreading|enough of|no need for|please stop) (the|these|all the|all these)? (rumours|rumour|speculation|gossip|gossiping|scaremongering|scare mongering)' },
  { pattern: '(own|owned|owning|owns|own up to|owned up to) (a|the|their|its|that|this) (mistake|mistakes|error|mix up|mixup|cock up)' },
  { pattern: '(came|come|went|walked) (away|out|home) (reassured|feeling reassured|much happier|happy with (it|that|what))' },
  // A rumour put right: "I asked the school directly. It isn't true", "nothing of the sort", "nobody has been suspended".
  { pattern: "(it|that|this|which|the story|the rumour|the post|none of it) (isnt|isn't|is not|wasnt|wasn't|was not|aint|ain't) (even|actually|remotely)? true", falsePositives: ["(tell me|say|hope|hoping|pray|praying|wish) (that)? (it|this|that) (isnt|isn't|is not|wasnt|wasn't|was not) true"] },
  { pattern: '(nothing|none) of the sort' },
  // Not what the school said happened ("the head told parents nobody was hurt").
  { pattern: '(nobody|no one|noone|no teacher|no member of staff) (has been|is being) (arrested|suspended|sacked|fired|investigated)' },
  { pattern: '(check|checking|checked) (the facts|facts)? before (you|u|anyone|people|we)? (share|sharing|pass|passing|post|posting|repeat|repeating|believe|believing)' },
  { pattern: '(i|we) (was|were) (wrong|mistaken) (to|about) (assume|assuming|think|thinking|believe|believing|the school|them|it)' },
  // The writer has since seen the school's side: "explained what had actually happened", "satisfied it was handled properly".
  { pattern: '(explained|showed|shown|talked me through|walked me through|seen|saw) (me|us)? what (had)? (actually|really) (happened|went on)' },
  { pattern: '(satisfied|happy|reassured|content) (that)? (it|this|everything|the whole thing) (was|had been|has been) (handled|dealt with) (properly|fairly|well|appropriately|correctly|by the book)' },
  // Owned as a mistake, not "sorry if I'm jumping the gun but…", which hedges what follows.
  { pattern: "(i|we|i'd|id|we'd) (jumped|had jumped) the gun" },
  { pattern: '(apologise|apologising|apologies|sorry) (for)? jumping the gun' },
  // An accusation taken back: "I'd got the wrong end of the stick", "that wasn't fair or true", "taking down my 2-star".
  { pattern: 'wrong end of (the stick|it)' },
  { pattern: "(that|it|which|what i (said|wrote|posted)) (wasnt|wasn't|was not|isnt|isn't|is not) (fair|right|true) (or|and) (fair|right|true)" },
  { pattern: '(i|we) (owe|owes) (the school|the head|the teacher|them|her|him|#staff) (a|an) (big|massive|huge)? (apology|apologies)' },
  { pattern: '(removed|removing|deleted|deleting|took down|taking down|taken down|withdrawn|withdrawing|withdrew) (my)? (review|post|comment|rating|one star|#num star|#num stars)' },
  { pattern: "(i|we) should (have|ve|of) (asked|checked|waited|rung|phoned|spoken to (the school|them)) (first|before)" },
  { pattern: '(feel|felt|feeling) (so|a bit|really)? (awful|terrible|daft|silly|stupid|bad|rotten) (for|about) (what i (said|wrote|posted)|posting|saying|accusing)' },
  { pattern: '(sorry|apologies) for the (drama|panic|confusion|false alarm)' },
  { pattern: '(nothing|nowt) (dodgy|untoward|sinister|underhand) (going on|about it|there|here|at all)?' },
  { pattern: "(i|we) (genuinely|honestly|really)? (dont|don't|do not) know (if|whether) (it's|its|it is|that's|thats|that is|any of it is|this is) true" },
];

/** Class and form codes of the years given, as exact words: "=7b" for 7B. */
export const classCodes = (first: number, last: number): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => i + first).flatMap((n) => 'abcdefghjklmnprstvwxyz'.split('').map((l) => `=${n}${l}`));
/** Secondary form groups such as 8R, 10B, 7X. */
const FORMS = classCodes(7, 13);

/** Words and phrases that put a draft in a school, whichever school it is. */
export const SCHOOL_CONTEXT: readonly Phrase[] = [
  { pattern: `(${FORMS.join('|')})` },
  { pattern: 'reception', falsePositives: ['(wedding|hotel|the hotel|phone|mobile|signal|no|poor|bad|good|tv|radio|civic|drinks|christening|warm|frosty|cold|lukewarm|mixed|great|hospital|gp|doctors|surgery|office) reception', 'reception (desk|area|room|venue|drinks|party|staff at the|at the hotel|at the gp|at the doctors|at the hospital|is terrible|signal)'] },
  { pattern: '(house captain|house captains|head girl|head boy|head girls|head boys|prefect|prefects|school council|school councillor|sports captain|sports captains|class chat|class group|class whatsapp|class rep|class reps|form rep|year group chat|parents group|parents chat|parent rep|book bag|book bags|bookbag|bookbags|times tables|spelling test|spelling tests|spellings|reading record|reading records|options evening|induction day|induction evening|transition day|assessment week|mock week|exam week|dinner money|lunch money|harvest festival|harvest donations|christmas play|christmas concert|christmas fair|summer fair|school fete|non uniform|non-uniform|mufti day|world book day|class assembly|golden time|star of the week|headteachers award|reading ambassador|behaviour chart|traffic light system|sticker chart|class dojo|marvellous me|trip letter|permission slip|consent form|school photos|class photo|leavers|leavers hoodie|prom|the bairns teacher|ds teacher|dd teacher|dds teacher|dss teacher|dds class|dss class|her form|his form|in form|form tutor|tutor time|the year group|the whole class|whole class|the class|in class|the teachers|his teachers|her teachers)', falsePositives: ['(whole|the) class (act|action|of|system|war|divide)', '(along|down|parking on|park on) the prom', 'prom (front|car park|parking|walk)'] },
  // Places and times only a school has: "at break", "the sports hall", "the girls' toilets".
  { pattern: "(tuck shop|sports hall|dinner hall|lunch hall|lunch queue|bike shed|bike sheds|at break|coat peg|coat pegs|pe kit|pe lesson|pe lessons|pe department|(in|at|after|before|during) pe|(science|maths|english|art|music|drama|dt|sixth form|humanities|languages) block|(girls|boys|girls'|boys') (toilets|toilet|loos|changing rooms|changing room)|class list|residential trip)" },
  { pattern: '(the inspectors|the residential)', falsePositives: ['(ticket|gas|building|health|tax|food|fire|safety|council|police|train|bus|planning|housing) inspectors', 'the residential (home|care|area|street|road|unit|estate|property|properties|park|development|side)'] },
  { pattern: 'school|schools|=skool|=skl|=schl|=scool', falsePositives: ['(school) of (thought|fish|hard knocks|rock|life)', 'old school', '(not|non) school (related|stuff|based)', '(nothing|nowt) to do with (the)? school', '(driving|dance|dancing|swim|swimming|sunday|music|drama|riding|cookery|language|flight|art|football|martial arts|ballet|karate) (school|schools)', '(school) (of thought)'] },
  { pattern: '(teacher|teachers|headteacher|headteachers|headmaster|headmistress|head teacher|head teachers|deputy head|assistant head|head of year|head of department|head of house|form tutor|form teacher|class teacher|supply teacher|teaching assistant|teaching assistants|senco|sendco|inclusion lead|pastoral lead|pastoral team|learning mentor|dinner lady|dinner ladies|lunchtime supervisor|lollipop lady|lollipop man|school nurse|school office|the head|new head|acting head|interim head|executive head|exec head|the old head|the deputy|headship|senior leadership|slt|dsl|safeguarding lead)', falsePositives: ['(the head) (of|on|cold|lice|louse|injury)', '(my|his|her|their|our) (piano|guitar|music|swimming|swim|dance|dancing|driving|singing|karate|football|tennis|riding|yoga|violin|drum|drums|art|sunday school) (teacher|teachers)', 'the head (of|on|cold|lice|louse|injury|torch|lamp|band)', '(new|old) head (of|on|gasket|torch|lamp|for|to|shoulders)'] },
  { pattern: '(year|yr|years) (#num|r|reception)', falsePositives: ['(#num) (year|years|yr|yrs) (old|ago|later|on|of)', '(year|years) (#num) (of (marriage|work|service))', '(year) (#num) (#num|years)', '(in|since|from|of|by) (year) (#num) (#num)'] },
  { pattern: '(=y1|=y2|=y3|=y4|=y5|=y6|=y7|=y8|=y9|=y10|=y11|=y12|=y13|=y1s|=y2s|=y3s|=y4s|=y5s|=y6s|=y7s|=y8s|=y9s|=y10s|=y11s|=y12s|=y13s|=yr1|=yr2|=yr3|=yr4|=yr5|=yr6|=yr7|=yr8|=yr9|=yr10|=yr11|=yr12|=yr13|reception class|nursery class|sixth form|sixth former|sixth formers|6th form|key stage|ks1|ks2|ks3|ks4|eyfs)' },
  { pattern: '(detention|detentions|isolation booth|isolation room|the isolation|internal exclusion|exclusion|exclusions|excluded|fixed term exclusion|permanently excluded|suspended from school|behaviour points|behaviour policy|behaviour system|house points|merit|merits|demerit|demerits|report card|on report|school report|parents evening|parent evening|parents evenings|parent teacher|parent-teacher|open evening|inset day|inset days|half term|end of term|school term|next term|this term|last term|term time|school run|school gates|school gate|at the gates|the gates|at the gate|class group|this group|the group chat|playground|play ground|classroom|classrooms|class room|form room|staffroom|staff room|assembly|assemblies|sats|sat results|gcse|gcses|a levels|a-levels|mock exams|mocks|eleven plus|11 plus|homework|home work|spellings|phonics|reading book|reading books|school uniform|uniform|blazer|pe kit|p.e. kit|school trip|residential|sports day|nativity|school play|school disco|school fair|summer fair|christmas fair|pta|governors|governing body|chair of governors|ofsted|school dinners|school dinner|school lunch|packed lunch|lunchtime|lunch time|dinnertime|dinner time|at lunch|break time|breaktime|playtime|play time|wraparound|breakfast club|after school club|afterschool club|after school|before school|pick up|pickup|drop off|dropoff|school bus|ehcp|ehc plan|sen|special educational needs|send support|sen support|iep|pupil|pupils|pupil premium|curriculum|timetable|lessons|lesson|my son\'s class|my daughter\'s class|his class|her class|their class|in class|the class|class dojo|dojo|seesaw|tapestry|parentpay|parent pay|school gateway|school ping|the register|registration|attendance|academy|academy trust|multi academy trust|the trust|primary|secondary|infants|juniors|infant school|junior school|high school|grammar school|comprehensive|nursery|preschool|pre school|tutor group|form group)', falsePositives: ['(pick up|pickup) (the|a|my|some|milk|bread|the phone|phone|your|prescription|parcel|parcels|food|takeaway|shopping|pizza|the pieces|where|on|speed)', '(drop off) (the|a|some|parcel|parcels|donations|clothes|at the tip)', '(the|solitary|self|covid|self-isolation) isolation', '(after school) (years)', 'sen (me|you|him|her|them|it|a|an|the|my|your|his|our|their|over|off|back|in|out|round|love|pics|photos|this|that|some|home|along|to|for|word|message|messages|text|email|details|link|info)', '(the|a) (gates|gate) (of|to) (heaven|hell|the park|the garden|graceland)', '(primary|secondary) (colour|colours|color|colors|care|school age)', '(in|the) (lesson|lessons) (learned|learnt|to learn|from)', '(swim|swimming|piano|guitar|drum|drums|driving|dance|ballet|tap|riding|horse riding|tennis|golf|karate|judo|gymnastics|singing|violin|cello|trumpet|pottery|cookery|yoga|surf|surfing|ski|skiing) (lesson|lessons)', '(merit) (of|in)', '(the|my) (trust) (in|issues|me)', '(nursery) (rhyme|rhymes|garden|centre|plants)', '(uniform) (rate|colour|temperature)', 'high school (musical|sweetheart|sweethearts|reunion|friend|friends)', 'after school (days)', '(the|a|an|your|my|his|her|our|first|second|driving|piano|swimming|life|valuable|hard) (lesson|lessons)'] },
  { pattern: '(miss|sir) (said|says|told|tells|shouted|shouts|yelled|screamed|made|makes|gave|gives|sent|sends|put|puts|took|takes|kept|keeps|wouldn\'t|wouldnt|won\'t|wont|didn\'t|didnt|doesn\'t|doesnt|never|always|has|had|is|was)', falsePositives: ['(i|we|you|they|he|she|will|dont|don\'t|didnt|didn\'t|to|never|would|really|so|gonna|going to|cant|can\'t|cannot) (miss)'] },
];
