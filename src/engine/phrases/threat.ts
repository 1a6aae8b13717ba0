import type { Phrase } from './types';

// The speaker announcing what they will do.
const I_WILL = "(i'll|i will|im going to|i'm going to|im gonna|i'm gonna|i am going to|i am gonna|i'd|i would|i could|i want to|i wanna|i swear i'll|i swear i will|we'll|we will|we're going to|were going to|we're gonna|were gonna|someone will|someone's going to|somebody will)";
const VIOLENCE = '{kill}|{murder}|{hurt}|{batter}|{deck}|{punch}|{slap}|{stab}|{strangle}|{throttle}|{leather}|{lamp}|{thump}|{smack}|{kick}|{beat}|{burn}|{attack}|{shoot}|{strangle}|{knife}|{bottle}|{glass}|{headbutt}|{floor}|{twat}|{wallop}|{clobber}|{belt}|{whack}|{flatten}|{destroy}|{hit}|{smash}|{choke}|{drown}|{maim}';
const BODY = '(his|her|their|your|ur|that|the) (face|head|teeth|neck|legs|arms|nose|jaw|skull|throat|block|car|windows|house|kneecaps|fingers|hands|ribs|wrists|ankles|knees)';
const TARGET = `(@them|${BODY}|that (teacher|woman|man|cow|bitch|prick|twat|kid|boy|girl|child|head|witch|idiot)|the (teacher|head|headteacher|head teacher|headmaster|headmistress|senco|school|kid|boy|girl|little shit)|mrs|mr|miss|ms|sir)`;
const SPORT = ['{beat} @them (at|in|on|by|#num)', '{hit} @them up', '{kill} @them with kindness', '{smash} it', '{kill} it', '{kill} time', '{smash} (the|their|her|his) (target|record|exam|test|sats|gcse)'];

// Someone about to be hurt, as the subject of what will happen to them.
const VICTIM = "((mr|mrs|miss|ms|sir|dr) #any|#staff #staff?|you|u|ya|yi|he|she|they|you'll|youll|yill|he'll|hell|she'll|shell|they'll|theyll|you're|youre|he's|hes|she's|shes|they're|theyre|you'd|youd|your|ur|his|her|their|whoever|someone|somebody|that dad|that mum|that mam|the dad|the mum|that teacher|that woman|that man|his dad|her dad|her mum|his mum)";

/** Regret someone may feel about their own choice: "part of me worries he'll regret it later". */
const OWN_REGRET = ['(regret|be sorry) (it|that|this)? (later|one day|in years|in a few years|when (he|she|they|you) (is|are|s|re) older)', '(worry|worries|worried|worrying|afraid|scared|fear|fears|think|thinks|wonder|sure) .. (regret|be sorry)'];

/** A danger warned of, not a threat: "sort it before someone gets hurt". */
/** A guest's directions: "we found your house in the end". */
const FOUND_AS_GUEST = '(found|find) (your|his|her|their) (house|home|road|street|address) (easily|ok|okay|fine|in the end|at last|eventually|no problem|alright|without)';
/** A feast, not a blow: "whoever wins gets a slap-up meal". */
const SLAP_UP = 'a slap up (meal|dinner|lunch|breakfast|tea|feed|do)';
const DANGER_WARNED = '(before|until|till|or|otherwise) (someone|somebody|(someones|somebodys) (child|kid|son|daughter)|a kid|a child|anyone) (gets|get|is|will get|ends up|s) (hurt|killed|injured|seriously hurt|badly hurt)';

/** Things people threaten in exasperation ("I'm going to strangle this printer"). */
const THINGS = '(that|this|those|these|the) (printer|computer|laptop|phone|ipad|tablet|car|washing machine|dishwasher|dog|cat|puppy|app|website|homework|traffic|weather|game|kettle|hoover|boiler|wifi|internet|router|machine|thing|form|sat nav|satnav|alarm|alarm clock|toaster|oven|telly|tv|remote|glue stick|zip|uniform)';
/** A match to be won: "Rematch in June, we're coming for you sir". */
const MATCH_TO_WIN = '(rematch|re match|return match|return leg|next season|next year|the final|sports day|the quiz|the match|the game|the tournament) ... (coming|come) (for|to get)';
export const THREAT_BASE: readonly Phrase[] = [
  // What will happen to them: injuries and their aftermath.
  { pattern: `${VICTIM} ... (be|is|are|will be|ll be|gonna be|going to be|getting|get|gets|need|needs|needing|will need|leaving|leave|go home|going home|eating|picking|drinking|walking|limping|wake up) ... (in an ambulance|in a body bag|in a box|through a straw|teeth up|teeth out|a dentist|a doctor|an ambulance|a new face|new teeth|new kneecaps|with a limp|on crutches|in a wheelchair|in hospital|in intensive care|in a&e|in the ground|six feet under|a visit|a kicking|a good kicking|a beating|a battering|a slap|a smack|a hiding|battered|smashed|his head kicked in|her head kicked in|their heads kicked in|head kicked in|kicked in|done in|decked|knocked out|sparked|sparked out|a broken nose|broken legs|what's coming|whats coming|what is coming|hurt|stabbed|shot|burnt|burned|the same treatment|what they deserve|what he deserves|what she deserves|taught a lesson|put in (his|her|their) place)`, falsePositives: [DANGER_WARNED, SLAP_UP, '(a visit|a doctor|a dentist|hurt|in hospital|an ambulance) (from|to|at|for|with|about|appointment|check|checkup|letter)', '(get|gets|getting|be) (hurt|killed) (on|at|crossing|in the (road|car park|traffic|playground)|by (a|the) (car|cars|traffic|bus|gate))', '(be|getting|get|gets) a visit (from) (santa|father christmas|the nurse|the dentist|the author|the police|the fire|the tooth fairy|ofsted|the inspectors|the council|the local authority|the governors|the bishop|the diocese|the head|the mayor|an author|a poet)', '(need|needs|needing|get|getting) (a doctor|a dentist) (appointment|note|letter)', '(need|needs|needing) (a doctor|a dentist|an ambulance|hospital) (for|because|after|with|about|as)', 'in hospital (for|with|since|after|because|again|overnight)', '(you|he|she|they|his|her) (got|get|gets|getting|was|were) hurt (at|in|on|during|playing|when|falling|by the)'] },
  // The next one to cross the writer, told at length first: "anyone who touches my lad at the gates again is getting stabbed".
  { pattern: '(anyone|anybody|whoever|the next|next|any) #school? #school? #school? (teacher|parent|dad|mum|mam|kid|lad|lass|one|person|member of staff)? (who|that|what|whos) ... ... (is|s|will|ll|are)? (be)? (getting|gettin|gonna get|going to get|get|gets) (stabbed|battered|knocked out|decked|leathered|glassed|bottled|shot|lamped|chinned|twatted|done in|their head kicked in|his head kicked in|her head kicked in|a kicking|a good kicking|a beating|a battering|a hiding|a good hiding|a slap|a smack|a punch|it)', falsePositives: ['(get|gets|getting) (a slap|a smack) on the wrist', SLAP_UP, '(get|gets|getting) it (right|wrong|done|back|sorted|in|out|for|from|off|on|at|first|last|free|cheap)'] },
  { pattern: '(breaking|break|smash|smashing|snap|snapping) (some|a few|his|her|their|your|ur|yer|every) (noses|nose|legs|leg|arms|arm|jaw|jaws|teeth|fingers|ribs|bones|face|faces|windscreen|windows|car)' },
  { pattern: '(put|putting|knock|knocking|lay|laying|drop|dropping|floor|flooring|sparko) (her|him|them|you|u|ya|yi|that dad|that mum|that mam) (on the floor|on her arse|on his arse|on their arse|on the deck|out cold|out|spark out|in hospital|in the ground|through (a|the) (wall|window|door))', falsePositives: ['(put|putting) (her|him|them) (out|on the floor) (to|for|with|in) (play|dry|bed|nap|a nap)', 'knock (him|her|them) out (of|the|with) (the|a)? (park|competition|game|tournament|round|cup)', '(put|putting) (him|her|them) out (of|for)', '(they|you|we|someone|staff|school|are|is) (putting|put) (them|it) out'] },
  { pattern: '(put|putting|chuck|chucking|throw|throwing|lob|lobbing) (a|some)? (brick|bricks|stone|stones|rock|rocks|bottle|bottles|paint|eggs|acid) (through|at|over|on) (his|her|their|your|ur|the|that)', falsePositives: ['(caught|been caught|got caught|was caught|were caught|admitted|owned up to) (throwing|chucking|lobbing) (a|some)? (brick|bricks|stone|stones|rock|rocks|bottle|bottles|paint|eggs) (through|at|over|on) (his|her|their|your|ur|the|that)'] },
  { pattern: '(slash|slashing|slashed|slit|slitting|let down|letting down|let|key|keying|keyed|torch|torching|torched|smash|smashing|smashed|scratch|scratching) (your|ur|his|her|their|that|the dads|the mums) (tyres|tires|car|motor|windows|windscreen|van|paintwork)', falsePositives: ['(let|let down|letting down) (your|ur|his|her|their) (tyres|tires) (down)? (to|for|because|a bit)'] },
  { pattern: '(with|bring|bringing|brought|take|taking|grab|grabbing|got|get) (a|my|the|his|our|me|some) (baseball bat|cricket bat|bat|knife|machete|hammer|crowbar|blade|gun|shotgun|axe|fists|boys|lads|brothers|mates|cousins) .. (to|down|round|up|there|in|and|with|at|outside)?', falsePositives: ['(caught|found|seen|spotted|stopped|searched|carrying|carried|had|got caught|was caught|been caught) .. with (a|the|his|her) (knife|blade|gun|bat|baseball bat|hammer|machete|weapon)', '(bat|hammer|knife|blade|gun) (and|for|to) (ball|cricket|rounders|baseball|softball|cooking|dt|cutting|woodwork|sports day|the show|the play|panto)', '(my|the|his|our) (boys|lads|brothers|mates|cousins) (to|round|up|there|in|and|with|at|for|are|were|will|love|had|have|went|played|came)', '(cricket|table tennis|rounders) bat', '(knife|knives) (crime|awareness|and fork|and forks|safety)', '(with|take|taking|bring|bringing|got|get|grab|grabbing) (a|my|the|our|some) (mates|boys|lads|brothers|cousins) (to|for|round|in|and|with|at)', '(with|bring|bringing|brought) (my|the|his|our|some) (boys|lads|brothers|mates|cousins)'] },
  { pattern: '(with|using|wi) (my|me) (fists|fist|hands|boot|boots|feet|knuckles|fists of fury)' },
  // A challenge to square up; said fondly ("say it to my face, love you mum") it is banter.
  { pattern: '(say|said|saying|repeat|repeating|try|trying) (it|that|this|that again|it again) (to my face|to me|with me|in person|to me in person)', needsGrievance: true },
  { pattern: '(see|and see|then see|just see|youll see|you\'ll see) what (happens|happens next|ill do|i\'ll do|i will do|i do)' },
  { pattern: '(your|ur|his|her|their) days are numbered' },
  { pattern: '(while|whilst) (you|u|he|she|they|ya|yi) (still)? (have teeth|have legs|have a face)' },
  // "Run while you can", "enjoy his walk home while he still can" beside a grievance; "enjoy the holidays while you can" is advice.
  { pattern: '(while|whilst) (you|u|he|she|they|ya|yi) (still)? (can|are able|still can)', needsGrievance: true, falsePositives: ['(while|whilst) (you|u|he|she|they) (still)? can (get|book|buy|grab|sign up|apply|enjoy the (sun|weather))', '(enjoy|enjoying|make the most of|relax|rest|sleep|lie in|have fun|get out|book|buy|grab|apply) ... (while|whilst) (you|u|ya|yi)'] },
  { pattern: "(get|gets|getting|got|have|has|had|will get|'ll get) (what's|whats|what is) coming (to (him|her|them|you|u|yi|ya))?" },
  { pattern: '(have|has|had|can have|could have|wants|want) (it|some|one|some too|it too|it and all|some of that|a go|a piece) (off me|and all|an all|n all|too|as well|from me|with me)', falsePositives: ['(have|has|had|can have|could have|want|wants) (it|some|one|a go|a piece) (too|as well) (if|please|pls|lol|for|at)', '(can|could) (have|has) (some|one|a piece) (too|as well)'] },
  { pattern: '(keep|kept|keeping) an eye on (his|her|their|your|ur) (car|house|windows|kids|back|tyres|door)' },
  { pattern: '(wants|want|needs|need|deserves|deserve) (stringing up|a kicking|a good kicking|a beating|a good beating|a slap|a good slap|a smack|a good hiding|a hiding|a battering|burning|shooting|hanging|locking up and the key thrown away|putting down|a bullet|knocking out|sorting out|taking out|doing in)' },
  { pattern: '(should|should be|ought to be|want to be|wants to be|need to be|needs to be) (burnt|burned|burnt out|burned out|torched|shot|hung|hanged|lynched|stoned|gassed|put down|beaten|strung up|run out of town|run out)', falsePositives: ['(burnt|burned) out (after|by|from|with|at|and|teachers|staff|mum|mums)', '(should be|need to be) (shot|hung|hanged) (up|for|of|on)'] },
  { pattern: "(won't|wont|will not|wouldn't) be (gentle|nice|polite|so nice|so polite|as nice|as polite|responsible|held back|holding back|calm)", falsePositives: ['(be) (gentle|nice|polite) (with|to) (the|her|him|them) (new|kids|children|baby)'] },
  { pattern: '(had|has|have|better|d better|\'d better) (better)? (not|never) (show|come|set foot|turn up|be|dare) .. (face|near|round|here|at|again|anywhere|in)', falsePositives: ['(better not|had better not) (be|come) (late|ill|sick|early|poorly|rained|raining)'] },
  { pattern: '(somebody|someone|some one|one of us|we|i|people|my husband|my partner|his dad|the dads) (will|\'ll|ll|is going to|are going to|gonna|is gonna|are gonna) (be waiting|be there|be outside|be round|come round|be paying|pay (her|him|them|you) a visit|get (her|him|them|you)|sort (her|him|them|you) out|find (her|him|them|you))', falsePositives: ['(will|\'ll|ll) be (there|waiting|outside) (at|for|to|from|by|with|on|early|late|about) (pick up|pickup|drop off|the gates|the office|the door|school|#num|home time|the start|the end|half|quarter|reception|the front)', '(will|\'ll|ll|is going to) be there (for|to support|to help|to cheer|to watch)'] },
  { pattern: '(any time|anytime|any day|whenever) (pal|mate|love|sunshine|sweetheart|buddy|son|you want|u want|youre ready|ur ready)' },
  { pattern: '(try|tries|trying) (that|it|owt|anything) (with|on) (me|my (son|daughter|kids|boy|girl|family))' },
  { pattern: '(final|last|only|fair) warning', falsePositives: ['(final|last) warning (letter|stage|before detention|and then)', 'final warning (for|about) (homework|uniform|lateness|punctuality|attendance|the trip|payment|payments|forms)'] },
  { pattern: "(don't|dont|do not) (say|tell me) (i|we) (didn't|didnt|did not|never) warn (you|u|ya|yi|them|her|him)" },
  { pattern: "(you've|youve|you have|consider yourself|consider yourselves|you're|youre|you are|u have|u've|uve) (been)? warned" },
  { pattern: '(when|once|if|the minute|soon as|as soon as) (i|we) (find out|get|catch|see|get hold of|get my hands on|get our hands on|know) (who|whoever|where|them|him|her|you|u|that|the) .. (ill|i\'ll|i will|im|i\'m|i am|we\'ll|well|we will|theyll|they\'ll|youll|you\'ll|there\'ll|therell|getting|get|be|going to|gonna|dead|done|sorry|regret|swing|kill|batter|hurt|have)', falsePositives: ['(find out|know) (who|where|when|what) .. (ill|i\'ll|i will|we\'ll|we will) (let|tell|post|share|update|message|email|ring|call|report|pass|send|thank|pop|drop|pay|book|bring|ask|check)'] },
  { pattern: "(i'll|ill|i will|we'll|we will|im going to|i'm going to|i am going to|im gonna|i'm gonna) (find out|find) (who|whoever) (you are|it is|it was|did it|did this|they are)" },
  { pattern: '(i|we|im|i\'m|i am) .. (know|found out|find out|recognise|recognised|seen|know) (where you (work|drink|park|live|go)|what car you drive|your car|your reg)' },
  { pattern: "(i'll|ill|i will|im|i'm|i am|im going|i'm going|i am going|gonna) (go|going|come|coming|be going|be coming) (down there|up there|round there|round|in there|up to the school|down to the school|in) .. (and|with) (sort|batter|drag|deal|smash|kick|punch|hit|slap|shave|knock|twat|deck|lamp|chin|have|show|teach|break|rip|wring|throttle|strangle|baseball|bat|knife|hammer|my fists|a bat|a knife|a hammer)" },
  { pattern: "(i'll|ill|i will|im going to|i'm going to|i am going to|im gonna|i'm gonna|i'd|id|i would|i could) (drag|shake|wring|rip|pull|throttle|strangle|choke|smack|slap|shave) (him|her|them|that|his|her|the|you) ... (by|out|neck|head|ear|hair|collar|throat|silly|senseless|within an inch|till|until)" },
  { pattern: "(ill|i'll|i will|i'd|id|i would|i could|im gonna|i'm gonna|i'm going to|im going to|i am going to|we'll|we will) (kill|murder|strangle|throttle|batter|hurt|punch|slap|deck|knock out|knife|stab|end|drown|smash|destroy) (whoever|whoevers|whoever's|anyone|anybody|the next|that|this|those|these|every|them|one of|the (little|lad|boy|girl|kid|dad|mum|mam|teacher|woman|man|parent|person|bully|bullies|one))", falsePositives: [...SPORT, THINGS] },

  { pattern: `${I_WILL} .. ${VIOLENCE} ${TARGET}`, falsePositives: SPORT },
  { pattern: `${I_WILL} .. (knock|kick|smash|punch|kick) ${TARGET} (out|in|off|down|through|into)`, falsePositives: SPORT },
  { pattern: `(${VIOLENCE}) ${BODY} (in|off|out)` },
  { pattern: '(someone|somebody|someone|sombody|one of us|one of the dads|their dad|you lot|people) (should|needs to|need to|ought to|wants to|want to|must|has to|oughta|is going to|will) .. ' + `(${VIOLENCE}|{teach}|{sort}|{do}|{deal}|{knock}|{give}|{take})`, falsePositives: ['(get|gets|getting|be) (hurt|killed) (on|at|crossing|in the (road|car park|traffic|playground)|by (a|the) (car|cars|traffic|bus|gate))', '(teach|sort) @them (about|how|out the|to)', '{give} (@them|a) (a|an)? (hand|lift|break|chance|call|ring|hug|medal|award|raise|pay rise|bonus|break|clue|card|present|thank you)', '{take} (@them|it|a) (out for|to|home|a|an|over|on)', '{do} (something|anything|it|the|a|their|this|that)', '{deal} with (it|this|that)'] },
  { pattern: '(needs|deserves|want|wants|asking for|earned|earnt|due|getting) (a|an) (good)? (slap|smack|punch|kicking|beating|hiding|battering|bullet|thump|clip|right hook|belt|whack|kick|slapping|leathering|pasting|knuckle sandwich)', falsePositives: ['kick (about|around|up)'] },
  { pattern: '(deserve|deserves|deserved|need|needs|ought) to (die|be (shot|hurt|beaten|stabbed|hung|hanged|killed|attacked|punched|slapped|strung up|put down|beaten up|run over|burnt|burned))' },
  { pattern: '(should|ought to|wants|want|needs|need to|must) (be)? (shot|hung|hanged|strung up|lynched|stoned|put down|taken out|done in|beaten up|sorted out|locked in a)', falsePositives: ['(shot|sorted out) (a|the|it|this|that|by|for|from|at|of)', 'be (hung|hanged) (up|out|on|in)', 'taken out (of|for|to|from)', 'put down (for|on|as|in)'] },
  { pattern: '(@me|i do|we do|we all|everyone) (know|knows) where .. (lives|live|drives|parks|goes|drinks|shops|stays|sleeps)' },
  { pattern: '@me (know|have|got|found|found out) (@they|her|his|their|your|ur) (address|house|home|car|reg|number plate|kids|children)', falsePositives: [FOUND_AS_GUEST] },
  { pattern: "(i've|ive|i have|we've|weve|we have) got (her|his|their|your|ur) (address|home address|reg|number)" },
  { pattern: 'watch (your|ur|yer|her|his|their|yo) (back|backs|step|self)' },
  { pattern: "(won't|wont|will not|not|cannot|can't|cant|couldn't|couldnt) (be)? (held)? responsible for (my actions|my temper|my behaviour|what i do|what i might do|what i will do|what ill do|our actions|what happens|what my husband does|what my husband will do|what my partner does|what my partner will do|what his dad does|what his dad will do|what my other half does|what my other half will do)" },
  { pattern: "(won't|wont|will not|not|cannot|can't|cant) (answer|vouch) for (my|what i) (actions|temper|husband|partner|other half)" },
  { pattern: '@me .. be waiting (for|at|outside) .. (for|at|outside)? (@them|mrs|mr|miss|ms|her|him|that teacher)', falsePositives: ['waiting (for|at) .. (pick up|pickup|home time|the bus|the doors|the gates to open|the results|news|reply|response|call|phone|email|letter|answer|ages|hours|results)'] },
  { pattern: '(waiting|wait) (for|on) (@them|mrs|mr|miss|ms) (outside|at the gates|after school|after work|at home time|in the car park|by the gates|at pick up|at pickup)' },
  { pattern: "(he|she|they|you|u|hes|shes|theyll|youll|she'll|he'll) .. (get|gets|getting) (whats|what's|what is) coming" },
  { pattern: '(coming|come) (for|to get) (@them|you|u)', falsePositives: ['coming for (tea|dinner|lunch|a|the|coffee|christmas|a visit|pick up|the weekend)', MATCH_TO_WIN] },
  { pattern: `${I_WILL} .. (make|see) (@them|that school|the school) (pay|suffer|sorry|regret it)` },
  { pattern: '{teach} (@them|that school|the school|those teachers) a lesson (they|she|he|she\'ll|they\'ll|he\'ll|they won\'t|she won\'t|he won\'t)?' },
  { pattern: '(@they|you|u) (will|ll|are going to|re gonna|\'ll) (regret|be sorry)', falsePositives: ['(regret|be sorry) (missing|not|if|you|that you|to hear|to miss)', ...OWN_REGRET] },
  { pattern: `${I_WILL} .. (find|hunt|track|come for|get hold of|get my hands on|sort out) (@them|mrs|mr|miss|ms)`, falsePositives: ['(find|track) (@them|it) (a|an|some|the|in|at|on|online|later|tomorrow)', 'sort out (a|the|her|his|their)'] },
  { pattern: '(hunt|track) (@them|mrs|mr|miss|ms) down' },
  { pattern: '(wait till|wait until|when|if) (i|we) (get|got) (my|our) hands on' },
  { pattern: '(burn|torch|blow up|petrol bomb|firebomb|set fire to|burn down) (the|that|this|their|her|his|your|ur)? #school? #school? #school? (school|place|building|house|home|car|classroom|staffroom|office|offices|mosque|church|synagogue|temple|shop|van|portakabin|portacabin|hut|block|hall|sports hall|gym|library|minibus|minibuses|mobile|mobiles)' },
  // Whose car is told at length first: "slash that useless cow of a head teacher's tyres" (what was done is told, not threatened).
  { pattern: '(slash|key|torch) (your|ur|his|her|their|that|the) ... (tyres|tires|car|motor|windscreen|van|paintwork)' },
  { pattern: '(find out|see|know|learn) (exactly|just)? (what|how) (im|i\'m|i am|we are|were|we\'re) (like|capable of)' },
  { pattern: '(look|looking|looks|watch|watching) over (your|ur|his|her|their|yer) (shoulder|shoulders)' },
  { pattern: '(im|i\'m|i am|we\'re|were|we are) (not|nowhere near|far from) (done|finished|through) with (you|u|her|him|them|ya|yi)' },
  { pattern: '(better|should|had better|best) (hope|pray) (i|we) (never|dont|don\'t|do not|never ever) (find|catch|see|meet|bump|run)' },
  { pattern: '(burn|torch|blow) (the school|the place|that school|the lot) (down|up)', falsePositives: ['blow (it|the place) up (with|on) (balloons|photos)'] },
  { pattern: '(burn|torch|blow) it (down|up)', needsGrievance: true, falsePositives: ['blow it up (with|on) (balloons|photos)'] },
  { pattern: '(bring|bringing|brought|carry|carrying|take|taking) (a|my|the) (knife|blade|gun|bat|baseball bat|hammer|machete|weapon)', falsePositives: ['(knife|bat|hammer) (and fork|crime|awareness|safety|for cricket|to cricket|to rounders)'] },
  { pattern: '(hope|hoping|wish|pray|praying) (she|he|they|you|u|that teacher|the teacher|the head|that woman|that man|mrs|mr|miss|ms) .. (dies|die|dead|rots|rot|burns|burn|suffers|suffer|gets run over|get run over|gets hit by|get hit by|gets cancer|get cancer|chokes|choke|crashes|crash)' },
  { pattern: "(it|this|things|that) (will|won't|wont|will not|isn't going to|is not going to|isnt going to|'ll) end (well|nicely|pretty|happily)", falsePositives: ['end well (for the|at the)? (team|season|year|term)'] },
  { pattern: '(@they|you|u|consider yourself|consider yourselves|youve|you have|you\'ve) .. (been)? warned' },
  { pattern: "(there'll|there will|therell|there's going to|there is going to|theres going to|there's gonna|theres gonna) be (trouble|consequences|blood|hell to pay|murders|a fight|war)" },
  { pattern: '(on|at) (your|ur|her|his|their) (doorstep|door step|front door|house)', falsePositives: ['(delivered|left|dropped|parcel|post|letter|leaflet) .. (on|at) (your|ur|her|his|their)'] },
  { pattern: '(pay|paying) (@them|her|him|them|mrs|mr|miss|ms) a (little)? visit', falsePositives: ['(father christmas|santa|the nurse|the dentist|police|fire brigade|author)'] },
  { pattern: '(come|go|going|coming) round (her|his|their|your|ur|the teachers|mrs|mr) (house|home|place|door)' },
  { pattern: "(i'll|ill|i will|i'd|id|i could|i would|i'm gonna|im gonna|we'll) (swing|be swinging) for (@them|mrs|mr|miss|ms)" },
  { pattern: '(rip|tear) (his|her|their|your|ur) (head|face|throat|hair|eyes) (off|out)' },
  { pattern: '(break|snap|smash) (his|her|their|your|ur) (legs|arms|neck|nose|jaw|fingers|kneecaps|face|skull|windows)' },
  { pattern: "(he|she|they|you|u|hes|shes|he'd|she'd|they'd|you'd) .. better (watch out|watch it|watch themselves|watch himself|watch herself|watch yourself|keep away|stay away|keep (his|her|their) head down|not show (his|her|their) face)" },
  { pattern: '(step|come) outside (and say that|and say it|if you dare|with me)' },
  { pattern: '(slit|cut) (his|her|their|your|ur) (throat|tyres|brake)' },
  { pattern: '(get|getting|gets) (her|him|them|you|that teacher|the teacher) (done in|jumped|beaten up|battered|smacked|sorted out)' },
  { pattern: '(string|strung) (him|her|them|you|the lot|the head|the teacher) up' },
  { pattern: 'kill (her|him|them|you|that teacher|the teacher|the head|that woman|that man|that kid|that boy|that girl|that child|every|everyone|myself)', falsePositives: ['kill (them|you|him|her) with kindness', 'kill (them|him|her) off (in|at|the)'] },
  { pattern: '(shoot|stab|strangle|throttle|batter|deck|knock out|punch|slap) (her|him|them|you|that teacher|the teacher|the head|that woman|that man|that kid|that child)', falsePositives: ['(shoot|punch|slap) (her|him|them|you) (a|an) (message|text|email|line|dm|note)', '(shoot|shot) (them|you|him|her) a (look|glance|smile)'] },
  { pattern: '(little|wee) (shit|shits|sod|bugger|cow|bitch|toerag|git) (wants|needs|deserves|is going to|is gonna) (a|to be|to get)' },
];

/*
 * Structural threat rules: [agent] + [modal or intent] + up to three filler words + [harm verb] + [a person].
 * Written from the definition (threatens or encourages harm), not from particular posts.
 */
const AGENT =
  "(i|im|i am|am|we|were|we are|someone|somebody|someones|somebodys|anyone|anybody|they|theyre|people|he|hes|she|shes|you|youre|my husband|my hubby|my partner|my brother|my brothers|my fella|my other half|my boyfriend|my bf|my dad|my son|his dad|her dad|one of us|one of the dads|the dads|the lads|my lads|my mates|our kid)";
const AUX = '(will|would|could|should|shall|must|might|is|are|am|was|were|s|re|m|d|ll|be|really|honestly|literally|actually|just|seriously|swear|genuinely|definitely|probably|so|am|not|dont|never)';
const MODAL =
  '(gonna|going to|go to|about to|need to|needs to|ought to|oughta|want to|wants to|wanna|would love to|love to|d love to|wouldnt mind|wouldnt think twice about|have to|has to|got to|gotta|better|had better|deserve to|cant wait to|plan to|planning to|intend to|tempted to|so tempted to|will|would|could|should|shall|must|might|can|swear i will|swear ill|swear down|swear to god)';
const CONTRACTED = '(ill|id|wed|theyll|hell|shell|youll|someonell|somebodyll|im|were)';
const FILL = '(go|going|come|coming|get|round|down|up|over|there|here|and|in|outside|myself|personally|ourselves|straight|fucking|bloody|absolutely|properly|seriously|actually|literally|just|really|genuinely|happily|gladly|quite|easily|end up|@adverb)';
const HARM_VERB =
  '{kill}|{murder}|{hurt}|{batter}|{deck}|{punch}|{slap}|{smack}|{thump}|{kick}|{stab}|{knife}|{shoot}|{strangle}|{throttle}|{choke}|{drown}|{burn}|{torch}|{smash}|{floor}|{lamp}|{leather}|{twat}|{chin}|{headbutt}|{glass}|{bottle}|{beat}|{hit}|{attack}|{wallop}|{clobber}|{whack}|{flatten}|{maim}|{injure}|{rip}|{drag}|{jump}|{belt}|{brain}|{nut}|{smother}|{poison}|{hang}|{knock}|{ram}|{mow}|{end}|{rearrange}|{maul}|{slash}|{cut}';
const PERSON = `(${TARGET}|#staff|#staff #staff|(mr|mrs|miss|ms|sir|dr|mx) #any|#name|that (dad|mum|mam|mother|father|parent|lad|bloke|fella|guy|family|bully|little shit|little sod|dinner lady|caretaker|receptionist|ta|pe teacher|supply teacher|coach|senco|deputy)|the (dad|mum|mam|bully|bullies|parents|bloke|lad|one who|ones who|little)|whoever|anyone who|anybody who|every (one|last) of (them|you|em)|the lot of (them|you|em)|em)`;
const HARM: readonly string[] = [
  `(${HARM_VERB}) ${PERSON}`,
  `(knock|sort|fuck|fk|do|beat|run|rough|duff|fill|kick|smash|take|cut|finish|mess|stamp|string|batter|punch) ${PERSON} (out|in|up|over|off|down)`,
  `(fuck|fk) up ${PERSON}`,
  `{teach} ${PERSON} a lesson`,
  `{put} ${PERSON} (in hospital|in the hospital|in the ground|in a wheelchair|in intensive care|in a box|on the floor|through (a|the) (wall|window)|six feet under)`,
  `{make} ${PERSON} (pay|suffer|regret it|regret this|sorry|bleed)`,
  `{break} (every one of|each of|both of|all of|both)? ${BODY}`,
  `{give} ${PERSON} (a|an) (good|right|proper|bloody|fucking)? (slap|smack|punch|kicking|hiding|battering|beating|black eye|thick ear|clip round the ear|smack in the mouth|slap round the face|good hiding|leathering|pasting|hammering|right hook)`,
  '{wring} (his|her|their|your|ur) (neck|necks)',
  `{rip} ${BODY} (off|out|apart)?`,
];
const BENIGN_HARM = [
  '({beat}|{smash}|{kill}|{floor}|{destroy}|{thrash}) (@them|#name|#staff|the (dads|mums|parents|teachers|other team|team|lot)|them all|everyone) (at|in|on|by|to|#num|with kindness|hands down|easily|fair and square)',
  '({hit}|{knock}) (@them|#name) (up|for (a|some|the))',
  '{kill} (it|time|the (mood|vibe|buzz))',
  '{smash} (it|the (target|record|exam|test|sats|gcse|gcses|mocks|interview|quiz))',
  '{knock} (@them|#name|em) (dead|out of the park|for six)',
  '({shoot}|{send}) (@them|#name|#staff) (a|an) (message|text|email|line|dm|note|look|glance|smile)',
  '{drag} (@them|#name) (along|out of bed|to (the|a|school|church|swimming|football|the shops|rehearsals|practice|clubs))',
  '{take} (@them|#name) (out for|out to|out of school|out on|up on|up to)',
  '{do} (@them|#name) (in (a|the|his|her|their|time|french|maths|english|pe)|up (a|the|his|her|their|some))',
  '{sort} (@them|#name) out (with|a|some|the|for|before|after|by|tomorrow|later|properly)',
  '{put} (@them|#name) in (the|a) (hospital|car|bath|bed|team|class|group|play|photo|picture)? (for|with|to|after) (a|an|his|her|their|the|tests|check|operation|surgery|appendix|tonsils|asthma)',
  '{make} (@them|#name) (pay|suffer) (for|attention|the|a|more|less|their|his|her) (trip|lunch|dinner|uniform|school|photos|tickets|club|fees|fare|fee)',
  '(tell|told|telling|tells|ask|asked|asking|say|said|saying|says|report|reported|explain|explained|find out|know|check|see if|whether|because|cos|coz|if|when|why|how|that|after|before|worried|scared|afraid|frightened|claim|claims|claimed|threatened|threatening|threatens|accused|said that|told me|told us|told him|told her) .. (' + HARM_VERB + ')',
  '(hurt|hurts|hurting) (his|her|their|my|your) (feelings|pride|chances)',
  '({cut}|{slash}) (@them|#name|#staff|em) (some|a|any|out|off|in|from|short)',
  '{hurt} (@them|#name) (feelings|pride)',
  '(kill|killing|kills) (@them|#name|em) (off|with (kindness|love|compliments))',
  '{beat} (@them|#name) (to it|to the|at (their|his|her) own game)',
  '{hit} (@them|#name|#staff) (with) (a|an|the)? (detention|sanction|letter|fine|bill|question|request|email|complaint|invoice)',
  '{run} (@them|#name) (over to|up to|in to|down to|round to|over there|up there|down there|home|in the car)',
  '{knock} (@them|#name) (up|over with|off (his|her|their) (feet|perch))',
];

// Someone about to be hurt, or a threat implied without a verb of violence.
const YOU_WILL = "(youll|you will|you are going to|youre going to|youre gonna|you are gonna|hell|he will|hes going to|hes gonna|shell|she will|shes going to|shes gonna|theyll|they will|theyre going to|theyre gonna|u will|ull|that teacher will|the head will|whoever did this will|whoever did it will|mark my words (you|he|she|they) will)";

export const THREAT_STRUCTURES: readonly Phrase[] = [
  ...HARM.map((harm) => ({ pattern: `${AGENT} ${AUX}? ${AUX}? ${MODAL} ${FILL}? ${FILL}? ${FILL}? ${harm}`, falsePositives: [...SPORT, ...BENIGN_HARM] })),
  ...HARM.map((harm) => ({ pattern: `${CONTRACTED} ${AUX}? ${MODAL}? ${FILL}? ${FILL}? ${FILL}? ${harm}`, falsePositives: [...SPORT, ...BENIGN_HARM] })),
  // Wishing or encouraging harm.
  ...HARM.map((harm) => ({ pattern: `(wish|wishing|hope|hoping|hopes|pray|praying) (that)? (someone|somebody|anyone|somebody would|someone would|one of the dads|one of the parents) ${AUX}? ${MODAL}? ${FILL}? ${FILL}? ${harm}`, falsePositives: BENIGN_HARM })),
  { pattern: `(wish|wishing|hope|hoping|hopes|pray|praying) (that)? (he|she|they|you|u|that teacher|the teacher|the head|that woman|that man|the bully|that bully|that kid|that boy|that girl|that dad|that mum|#staff|(mr|mrs|miss|ms|sir) #any|#name) .. (gets|get|getting|got|is|are|ends up|end up) (hurt|run over|knocked over|battered|beaten up|stabbed|punched|slapped|smacked|kicked in|done in|his head kicked in|her head kicked in|what s coming|whats coming|what is coming|what (he|she|they) deserves?|a kicking|a good kicking|a beating|a good hiding|a hiding|hit by a (car|bus|truck|lorry|train)|cancer|killed|shot|burnt|burned)`, falsePositives: ['(hope|hoping) (he|she|they|you) (gets|get|is|are) (hurt|knocked over) (less|no more|again)', '(hope|hoping) (he|she|they|you|#name) .. (isnt|is not|wasnt|doesnt|dont|never|not) (get|gets|getting|hurt|badly)'] },
  // Deserving or needing harm.
  { pattern: '(deserves|deserve|deserved|needs|need|wants|want|asking for|begging for|is asking for|are asking for|s asking for) (a|an)? (good|proper|right|bloody|fucking)? (punching|slapping|battering|kicking|kicking in|hiding|beating|smacking|thumping|leathering|shooting|stabbing|strangling|throttling|decking|lamping|knocking out|stringing up|burning|hanging|twatting|putting down|taking out|bullet|bullet in the head|punch in the face|smack in the mouth|slap round the face|kick up the arse)', falsePositives: ['(needs|need|want|wants) (a)? (good)? (kicking) (off|about|around|practice|lessons)', '(hanging) (up|out|on|around|about|baskets|basket)', '(burning) (out|down the|fat|calories|question|issue)', '(taking out) (of|for|to|from|the|a)'] },
  { pattern: '(he|she|they|you|u|hes|shes|theyre|youre|(that|the) (teacher|head|woman|man|bully|dad|mum|bloke|lad|kid|family)) (is|are|s|re)? (really|just|clearly|proper)? (asking|begging) for it' },
  // Implied threats.
  { pattern: '(know|knows|found out|find out|finding out|worked out|work out) (exactly)? where (you|u|ya|he|she|they|that teacher|the teacher|the head|mrs|mr|miss|ms|#staff|(mr|mrs|miss|ms) #any|#name) (live|lives|lived|living|park|parks|work|works|drink|drinks|sleep|sleeps|stay|stays|go|goes|drive|drives)', falsePositives: ['(dont|don\'t|do not|doesnt|doesn\'t|didnt|didn\'t|not sure|no idea|anyone|does anyone|do you|if you|who) .. (know|knows|find out|work out) (exactly)? where'] },
  { pattern: '(wait|waiting|waits|waited|be waiting|ll be waiting|will be waiting) (outside|at the gates|by the gates|at the gate|in the car park|after school|after work|round the corner|at home time|at pick up|at pickup|at (her|his|their) (car|house|door)) for (@them|#staff|(mr|mrs|miss|ms|sir) #any|#name|that (teacher|dad|mum|woman|man|bully|kid|boy|girl)|the (teacher|head|bully|dad|mum))', falsePositives: ['for (him|her|them) to (come|finish|be|get|arrive)', 'for (him|her|them) (as usual|like always|every day)'] },
  { pattern: `${YOU_WILL} (live to)? (pay for|regret|be sorry for|be sorry about) (this|that|it|the day|what (you|he|she|they) (did|done|have done|said|wrote|posted)|messing|crossing|touching|laying)`, falsePositives: [...OWN_REGRET, '(pay for) (it|this|that) (out of|with|by|on|in|online|via|through|at|myself|ourselves|themselves|upfront|monthly|weekly)', '(pay for) (it|this|that) (trip|year|term|uniform|club|week|item|one|photo|jumper|course|lesson|lessons|book|ticket|tickets|lunch|dinner|meal)'] },
  { pattern: `${YOU_WILL} (find out|see|learn|soon see|soon find out) (what happens|what happens when|what i do|what ill do|what we do|who (im|i am|youre dealing with|you are dealing with)|the hard way)` },
  { pattern: '(not|wont|won\'t|will not|never|isnt|is not|isn\'t|aint) (going to|gonna)? end (well|nicely|pretty|happily) for (@them|#staff|(mr|mrs|miss|ms|sir) #any|#name|that (teacher|woman|man|dad|mum|family|kid|bully)|the (teacher|head|bully|school))' },
  { pattern: '(id|i would|i\'d|i\'d be|id be|if i was|if i were) (be)? (very|really|extra)? (careful|watching (my|his|her|their) back|looking over (my|his|her|their) shoulder|keeping (my|his|her|their) head down|staying away|keeping away) if i (was|were) (him|her|them|you|that teacher|the head|that woman|that man|that dad|that mum)' },
  { pattern: '(have|having|had|has) (a|a little|a quiet|a few) (word|words) (with (him|her|them|you|that dad|that mum|that teacher|the dad|the teacher|#staff|(mr|mrs|miss|ms|sir) #any|#name))? (outside|in the car park|round the back|after school|at the gates|behind the)', falsePositives: ['(word|words) (with (him|her|them|the teacher))? (outside) (the|his|her) (classroom|class|office|room|staffroom|hall)'] },
  { pattern: '(see|meet|catch|sort) (you|u|him|her|them|that dad|that mum|that teacher) (outside|round the back|in the car park|after school|at the gates|behind the)', falsePositives: ['(see|meet|catch) (you|u|him|her|them) (outside|at the gates|after school) (at|for|on|by|tomorrow|later|then|soon|x|xx|at #num|#num)'] },
  { pattern: '(send|sending|get|getting|bring|bringing|round up|rounding up|call|calling) (the|my|our|his|her) (lads|boys|brothers|cousins|mates|family|uncles|husband|partner|fella) (round|down|over|up) (to)? (hers|his|theirs|her house|his house|their house|the school|there|the gates|to sort|to have a word|and sort)', falsePositives: ['(round|over) (to)? (hers|his|theirs) (for|to (play|watch|have tea))'] },
  { pattern: "(someone|somebody|someones|somebodys|one of them|one of these kids|a kid|a child|people|someonell|somebodyll) (is|s|are|will|ll)? (going to|gonna|will)? (get|getting|end up|be|going to get) (hurt|badly hurt|seriously hurt|killed|stabbed|battered)", falsePositives: ['(hurt|killed) ... (car park|carpark|road|roads|crossing|traffic|cars|parking|drivers|driver|speeding|equipment|climbing frame|ice|icy|playground|gate|gates|stairs|pitch|field|fence|potholes|bus|buses|lorry|van|dog|dogs|zebra crossing|lollipop)', '(hurt|killed) (on|at|by|in|if|unless|crossing|because|one day|playing|on that|with|when|during)', '(before|until|till|waiting for|wait for|wait until) (someone|somebody|a kid|a child) .. (gets|get|is) (hurt|killed)', DANGER_WARNED] },
  { pattern: '(face|faces) (me|us) (then|like a man|like a woman|outside|if (you|he|she) (dare|dares))' },
  { pattern: '(got it coming|got this coming|have it coming|has it coming)', falsePositives: ["(i|we|ive|weve|id|wed|me|us|i have|we have|i had|we had) (got)? (it|this) coming"] },
  // Harm wished on someone without a hand raised: "should burn for what they've done", "I wouldn't be upset if somebody did".
  { pattern: '(should|deserve to|deserves to|ought to|can|will|hope (they|she|he|you)) (burn|rot|suffer) (for (what|this|that|it|everything)|in hell)' },
  { pattern: "(wouldnt|would not|wont|will not|wouldn't|won't) (be upset|be sorry|cry|mind|complain|shed a tear|lose sleep|lose any sleep|be crying|be losing sleep) if (someone|somebody|anyone|anybody|one of the (dads|lads|mums|parents)) (did|went|had a word|sorted|paid|gave|taught|put)" },
  { pattern: '(someone|somebody|someones|somebodys) (should|needs to|ought to|could|wants to) do (the world|us all|everyone|society|the town|the village) a (favour|favor)', needsGrievance: true },
  // A home or car found: "found your house from the Rightmove photos", beside a grievance.
  { pattern: '(found|find|found out|looked up|tracked down|traced|clocked) (your|ur|his|her|their) (house|address|front door|home|street|road|reg|number plate|car)', needsGrievance: true, falsePositives: ['(house|door|car) (keys|key)', FOUND_AS_GUEST] },
  { pattern: '(watch|watching) (your|ur|yer|her|his|their) (back|backs)' },
  { pattern: "(wont|won't|will not|never|not) (know|knowing) what (hit|s hit|has hit|ve hit|have hit) (him|her|them|you|u|em)" },
  { pattern: `(coming|come) for (you|u|ya|him|her|them|#staff|(mr|mrs|miss|ms|sir) #any)`, falsePositives: [
    MATCH_TO_WIN,'coming for (you|u|him|her|them) (at|on|in|after|before|to|about) (#num|the|pick|school|home|lunch|dinner|tea|half|quarter)', 'coming for (tea|dinner|lunch|a|the|coffee|christmas)'] },
];


/** Implied threats in other everyday shapes: a consequence promised without a verb of violence. */
export const THREAT_IMPLIED: readonly Phrase[] = [
  { pattern: '(if|next time|one more time|once more|again) .. (lays|lay|laid|puts|put|layin|laying) (a|one) (finger|hand) on (her|him|them|my|our)' },
  { pattern: "(dont|don't|do not) make me (come|go|get) (up|down|round|in|over) (there|to that school|to the school|to school|here)" },
  { pattern: "(it|things|this|that|thatll|itll|thingsll) (will|ll|is going to|s going to|are going to|gonna|is gonna|are gonna|might|could) (get|turn) (ugly|nasty|physical|messy|violent|very ugly|really ugly|really nasty)" },
  { pattern: "(it|things|this|there|itll|thingsll) (will|ll|is going to|s going to|gonna|is gonna) (kick off|go off|get physical)", falsePositives: ['(go off|kick off) (at|on|in|with|the|for) (#num|the|a|half|quarter|school|pick up|pickup|bedtime|home time|the bell|time)'] },
  { pattern: '(do|doing|serve|go|going|happily go|gladly go|happily do|gladly do|gladly|happily) (to)? (time|prison|jail|down) for (him|her|them|that|this|it|you|that teacher|that woman|that man|hitting|killing|battering|whoever)', falsePositives: ['(time) for (him|her|them|it|that|this) (to|at|on|off|in|for)'] },
  { pattern: "(wont|won't|will not|wouldnt|wouldn't) be (able to)? (walking|walk|talking|talk|smiling|smile|standing|stand|teaching|teach|breathing|see|seeing|sitting|sit|eating|eat) (for a while|for a week|for weeks|again|straight|properly|when i|after i|by the time|once i|when we|after we|after this)", falsePositives: ['(walking|walk|teaching|teach|sitting|sit|eating|eat|seeing|see) .. (because|as|due|until|till|after (the|his|her) (operation|surgery|injury|accident|op))'] },
  { pattern: '(slap|smack|kicking|good kicking|hiding|good hiding|clip round the ear|thick ear|punch|beating) (wouldnt|would not|won\'t|wont|will not) (go amiss|hurt|do any harm)' },
  { pattern: '(take|taking|took|drag|dragging) (him|her|them|you|u|that dad|that mum|that teacher) (outside|round the back|out the back|behind the)', falsePositives: ['(outside|out the back) (to|for|and|at|in|on|with|during|after) (play|lunch|break|pe|a|the|playtime|games)'] },
  { pattern: '(mess|messes|messing|messed|mess about|mess around|fuck|fucks|fucking|fucked) (with|about with|around with) (my|our) (kids|kid|son|daughter|family|children|boy|girl|boys|girls|child|lad|lass|bairn|bairns) (again|and|one more time|ever again|and see|and you|and youll|and ill)' },
  { pattern: "(wont|won't|will not) know what day it is" },
  { pattern: '(wipe|knock|slap|smack|wiping|knocking|slapping) (the|that) (smile|smirk|grin|look) (off|right off) (his|her|their|your|ur) (face|faces)' },
  { pattern: "(ill|i'll|i will|id|i'd|i would|im gonna|i'm gonna|im going to|i'm going to|gonna|going to) (have|av) (him|her|them|you|that dad|that mum|that teacher|the dad) (if|when|next time|outside|at the gates|one on one|round the back|in the car park)" },
  { pattern: "(dont|don't|do not|wouldnt|wouldn't|won't|wont) be (surprised|shocked) if (something|anything) (happens|happened|bad happens) to (her|him|them|you|his|her|their|your|that)" },
  { pattern: '(accidents happen|accidents can happen|accidents do happen|shame if something happened|shame if anything happened|pity if something happened)', needsGrievance: true },
  { pattern: "(be a|would be a|it'd be a|itd be a|be such a) (shame|pity) if (something|anything) (happened|were to happen|was to happen|happens) to (her|him|them|you|his|her|their|your|that)" },
  // "make" only: "a lad making his life a misery" tells of bullying, it threatens nothing.
  { pattern: '=make (her|his|their|your|ur) (life|lives) (hell|a misery|a living hell|a nightmare|not worth living)' },
  { pattern: '(needs|need|wants|want|deserves|deserve) (his|her|their) (head|face|teeth|heads|legs) (kicked in|kicking in|smashed in|smashing in|caved in|caving in|knocked in|knocked off|knocking off|punched in|ripped off|kicked|breaking|broken|snapping)' },
  { pattern: '(watch|wait and see|wait till you see|wait until you see|just watch) what (happens|happens next|i do|ill do|we do)' },
  { pattern: '(burn|torch|raze) (it|the school|the place|that school|the lot|that place|the building) (to the ground|to the floor|with (them|him|her|everyone) in it)' },
  { pattern: '(burn|torch|raze) (it|the school|the place|that school|the lot|that place|the building|the staffroom) down' },
  { pattern: '(put|putting|smash|smashing) (the|their|its|all the|all their|his|her) (windows|windscreen|front windows) in' },
];

/**
 * Implied threats by what they promise rather than by a verb of violence: a visit, backup brought
 * along, damage to a car or a house, someone carried out, a face that will stop smiling. Each family
 * is written as a frame, not a sentence; the everyday reading of each is listed beside it.
 */
const BACKUP = '(lads|boys|brothers|brother|cousins|mates|uncles|dad|husband|fella|partner|other half|family|staffie|dog|dogs|pitbull)';
const CAR = '(car|motor|van|tesla|audi|bmw|merc|mercedes|range rover|golf|jeep|4x4|windscreen|tyres|tires|paintwork)';
export const THREAT_PROMISED: readonly Phrase[] = [
  { pattern: "(you|ur|youre|hes|shes|he|she|theyre|they|hes) (is|are|re|s)? (a)? (dead man|dead woman|dead meat|dead lad|dead) (if|when|once|the minute|next time)" },
  { pattern: '(brick|bricks|rock|rocks|stone|stones) (through|for|at|into) (that|the|his|her|their|your|ur|every) .. (window|windows|windscreen|door|car|office)', falsePositives: ['(caught|been caught|got caught|was caught|were caught|admitted|owned up to) (throwing|chucking|lobbing) (a|some)? (brick|bricks|stone|stones|rock|rocks)'] },
  { pattern: '(know|knows) (exactly)? (which|what) (house|road|street|car|door|flat) (is|s) (his|hers|theirs|yours|ur|her|the heads)' },
  { pattern: "(youve|you have|you've|youve got|you have got|hes got|he has|shes got|she has|theyve got|they have) (got)? (a family|kids|children|a wife|a husband) (too|as well|of (your|his|her|their) own)", needsGrievance: true },
  { pattern: '(husband|hubby|brother|brothers|partner|dad|family|cousin|cousins|uncle|uncles|fella) (knows|know) (people|some people|a few people|the right people)' },
  { pattern: "(no idea|dont know|not know|forgotten|forget) who (youre|you are|theyre|they are|she is|shes|he is|hes) (dealing|messing) with" },
  { pattern: '(leaving|leave|coming out|come out|go home|going home|end up|ending up|walk out|walking out) (in pieces|in bits|with a broken|with broken|in a box|in a bag|without (his|her|their) teeth)' },
  { pattern: '(visit|word|chat|call) from (my|our|me|his|the) (cousins|brothers|brother|lads|mates|husband|dad|family|boys|uncles|fella)', needsGrievance: true },
  { pattern: "(youll|you will|they will|theyll|hell|shell|he will|she will) (soon)? (find out|know|see|learn) (what it|how it) (feels|is) like" },
  { pattern: "(hed|he would|shed|she would|theyd|they would|youd|you would|maybe (he|she|they|you)) (like to|want to|should|ought to)? (find out|know|learn) (how it feels|what it feels like|what its like)", needsGrievance: true },
  { pattern: "(be|would be|itd be|it would be|itll be) (a|a real|such a|a terrible|an awful)? (shame|pity|terrible|awful|tragic) if ... (broken|smashed|went through|got broken|got smashed|caught fire|went up|had an accident|has an accident|had a little accident)" },
  { pattern: '(has|have|had|having|have got) a (little|nasty|tragic|unfortunate|small) accident', needsGrievance: true },
  { pattern: "(be|gonna be|going to be|will be|ll be|there ll be|therell be|there will be) (a)? (bloodbath|blood bath|massacre|war zone|warzone|bloodshed)" },
  { pattern: '(lose|losing|lost) the use of (his|hers|her|their|your|ur) (hands|hand|legs|legs|arms|arm|wrist|wrists)?' },
  { pattern: '(bring|bringing|coming down with|coming in with|coming up with|round with) (a|my|the) (brick|bricks|sledgehammer|hammer|crowbar|bat|plank|shovel|spade|machete|knife)', needsGrievance: true, falsePositives: ['(bat|hammer|knife) (and|for|to) (ball|cricket|rounders|cooking|dt)', '(spade|shovel) (and bucket|for the (garden|beach|snow))'] },
  { pattern: "(be|would be|itd be|it would be|itll be|twould be) (a|a real|such a|a terrible|an awful)? (shame|pity|terrible|awful|tragic) if .. (went up|goes up|caught fire|got hurt|was next|were next|got damaged|went missing|had an accident|fell|got burnt|got smashed)" },
  { pattern: '(bring|bringing|pack) (a|your|ur|yer) (gum shield|gumshield|first aid kit|helmet|stab vest|body armour|ambulance)' },
  { pattern: '(put|putting|shove|shoving|stick|sticking) (my|me|his|her|their|your|ur) (fist|head|foot|boot|face|elbow) (through|into|in) (the|that|his|her|their|your|ur|a)', falsePositives: ['(my|me) (fist|head) (through|into) (a|the) wall'] },
  { pattern: "(is|s|hes|shes|theyre|are|will be|ll be|gonna be|going to be) (getting|gonna get|going to get|get) (a|an) (dig|slap|smack|kicking|hiding|battering|pasting|lamping|belt|clout|whack|hammering|leathering|good hiding|right hiding)" },
  { pattern: `(bring|bringing|brought|fetch|fetching) (me|my|our|the|his|her|wor|some of the|a few of the) (big)? ${BACKUP} .. (up|down|round|over|in|with|to|and)?`, needsGrievance: true, falsePositives: ['(bring|bringing|brought) (me|my|our|the|his|her) .. (to|for) (the)? (fair|fete|disco|party|play|match|game|sports day|assembly|show|concert|open day|parents evening|nativity|cinema|park|beach|swimming|football|shops|church)'] },
  { pattern: `(round|up|down|over) (yours|to yours|your house|your place|his house|her house|their house|theirs|hers|his) (with|and) (the|me|my|our|some) ${BACKUP}` },
  { pattern: '(know|knows|found out|find out|worked out) (what|which) (car|house|road|street|estate|flat|door|gym|pub) (you|u|he|she|they|the head|#staff|(mr|mrs|miss|ms|sir) #any|@role)? .. (drive|drives|live|lives|lives on|live on|park|parks|go to|goes to|drinks in|drink in)', falsePositives: ['(anyone|does anyone|do you|who|does somebody|somebody) (know|knows) (what|which)'] },
  { pattern: '(expect|expecting|you will get|youll get|there will be|therell be|getting) a (knock|visit|little visit|call) (on|at|from) (the|your|ur|his|her|their|my|some)? (door|door step|doorstep|front door|house|lads|boys|dads|family)' },
  { pattern: '(pays|pay|paying|paid|pay them|pay him|pay her) (@them|#staff|(mr|mrs|miss|ms|sir|dr) #any|the (head|teacher|caretaker|senco)) a (little|quiet|friendly)? visit (at|at home|tonight|soon|one night|after)?', falsePositives: ['(santa|father christmas|the nurse|the dentist|police|fire brigade|author|vicar)'] },
  { pattern: '(#num|five|ten|two|few|couple of) (minutes|mins|min) (alone)? with (the|that|him|her|them|#staff|(mr|mrs|miss|ms|sir) #any|@role)', needsGrievance: true, falsePositives: [
    // A meeting asked for or had: "I asked for ten minutes with the head after school".
    '(asked|ask|asking|requested|request|booked|book|booking|got|getting|had|spent|spend|grabbed|offered|given|managed|arranged|arrange) (for)? (a|the|just)? (#num|five|ten|two|few|couple of) (minutes|mins|min) with',
  ] },
  { pattern: '(wait|waiting|waited|be waiting) (for|on) (@role|@them|#staff|(mr|mrs|miss|ms|sir) #any|the (caretaker|head|teacher|dad|mum)) (after|outside|at|in|by|round|when)', needsGrievance: true, falsePositives: ['waiting (for|on) .. (reply|response|answer|call|email|letter|results|ages|weeks|days|months|hours|news|an update)'] },
  { pattern: '(ill|i\'ll|i will|we\'ll|well|we will|im|i\'m|i am) (be)? (waiting|stood|standing|sat|parked) (at|outside|by|on|in) (the|that|his|her|their|your|ur)? (gate|gates|door|step|doorstep|car park|staff car park|office|school)', needsGrievance: true, falsePositives: ['(waiting|stood|standing|parked) (at|outside|by|in) .. (at|for|from) (#num|pick up|pickup|home time|drop off|the end|half|quarter)'] },
  { pattern: '(waiting|stood|standing|be) (on|at|by) (the|my|his|her) (step|doorstep|door|gate|gates) with (a|the|my|his|her) (bat|cricket bat|baseball bat|hammer|knife|stick|crowbar|golf club)' },
  { pattern: `({key}|{scratch}|{torch}|{smash}|{trash}|{wreck}|{egg}) (the|his|her|their|your|ur|that|a) (heads|teachers|schools|dads|mums)? (new|brand new|precious|flash|fancy|shiny)? ${CAR}`, falsePositives: ['(smash|smashed|smashing) (the|a) (car|windscreen) (window)? (to|by|in an|in a|on the) (rescue|accident|crash|motorway)'] },
  { pattern: `(run|running|ran|drag|dragging|dragged) (a|my|the|this)? (key|nail|screwdriver|it) (down|along|across) (the side of)? (your|ur|his|her|their|that|the) ${CAR}` },
  { pattern: '(windows|windscreen|tyres|car|house) (go|goes|went|going|will go|gets|get) (through|in|flat|up in smoke|missing)', needsGrievance: true },
  { pattern: '(hope|hopes|hoping|check|checked|checking) (you|youve|your|ur|they|theyve|their|he|hes|his|she|shes|her|the school|the schools) .. (insured|insurance|got (good|strong|decent) locks|locks on)', falsePositives: ['(car|home|travel|pet|life|contents) insurance (renewal|quote|quotes|company|comparison|claim|went up|is due|runs out)'] },
  { pattern: '(petrol|matches|lighter|fire|flames|arson) .. (cheap|handy|ready|spare|portacabin|portacabins|staffroom|school|caravans|insurance)', needsGrievance: true, falsePositives: ['(fire|flames) (drill|alarm|engine|brigade|safety|station|service|officer|exit|door|door training|evacuation)'] },
  { pattern: '(leave|leaving|left|go home|going home|go out|carried out|come out|coming out|end up) (on|in) (a|the) (stretcher|wheelchair|ambulance|body bag|neck brace|cast|plaster cast)', falsePositives: ['(trip|ride|visit) .. (ambulance|fire engine)'] },
  { pattern: "(wont|won't|will not|isnt|isn't|aren't|arent) (be)? (smiling|laughing|smirking|so smug|so cocky|so brave|so clever|so mouthy|so gobby|so chatty|so lippy) (for long|much longer|for much longer|when i|once i|after i|by the time)" },
  { pattern: '(next|the next) (teacher|one|person|parent|member of staff|dinner lady|kid|lad|idiot) (who|that|to) .. (is getting|gets|will get|is gonna get|is going to get|will be getting) (stabbed|battered|decked|slapped|punched|hurt|smacked|knocked out|done in|glassed|lamped|floored|kicked in|leathered|sparked)' },
  // "Till someone's on the floor"; "before someone gets hurt" warns of danger, it threatens nothing.
  { pattern: "(until|till|til) (someone|somebody|someones|somebodys|he|she|they|one of them) (has|have|s|is|gets|get)? (been)? (bleeding|on the floor|carried out)" },
  { pattern: '(not|no) (an|a)? (idle|empty) (threat|promise)' },
  { pattern: "(that's|thats|this is|consider this) (a|my) (threat|promise|warning)", needsGrievance: true, falsePositives: ["(that's|thats|this is) a promise (to|that) (myself|ds|dd|my|the kids|we)"] },
  { pattern: '(picked|pick|picking|chose|choosing) the wrong (family|mum|mam|mother|dad|father|parent|person|people|woman|bloke|kid|one|household|estate) (to) (mess|mess with|mess about|cross|upset|wind up|take on|pick on|fall out with|fuck with)' },
  { pattern: '(go on|go ahead|just) (try|test) me', needsGrievance: true },
  { pattern: '(try|test) me (and see|then|you|pal|mate|love)', needsGrievance: true },
  { pattern: '(give|giving|gave) (#name|him|her|them|that lad|that boy|that girl|the bully|the bullies) a (taste|dose) of (his|her|their) own medicine (behind|after|outside|round|at|on the way|one night|when)' },
  { pattern: '(watch|mind) (himself|herself|themselves|yourself|yourselves|urself|his step|her step|their step) (walking|walking home|going|getting|on the way|on (his|her|their|your|ur) way|after|at|in the car park|when (he|she|they|you) (leave|leaves|walks|walk))' },
  { pattern: '(walk|walking|drive|driving|go|going|take|taking) (home|to (his|her|their|your|ur) car|to work) (a|by a|another|a different) (different|new)? (way|route|road)', needsGrievance: true },
  { pattern: '(drag|dragging|dragged|pull|pulling|haul|hauling|throw|throwing|chuck|chucking) (her|him|them|that woman|that man|the head|#staff|(mr|mrs|miss|ms|sir) #any) out (of|by) (that|the|his|her|their) (office|car|classroom|school|house|hair|collar|door)' },
  { pattern: '(put|putting|throw|throwing|chuck|chucking|launch|launching|send|sending) (him|her|them|you|u|that teacher|the head|#staff|(mr|mrs|miss|ms|sir) #any) (through|out of|out) (a|the|that|his|her|their) .. (window|wall|door|windscreen|fence|board|display board|whiteboard|noticeboard|desk|table|glass)' },
  { pattern: '(make|making) (the head|the school|him|her|them|#staff|(mr|mrs|miss|ms|sir) #any|that teacher|that woman|that man) (feel it|suffer|bleed|wish (he|she|they) (had|d) never)', needsGrievance: true },
  { pattern: `(mates|lads|boys|brothers|cousins|friends|people|family|uncles|dads) (who|that) (would|will|d|ll|could|can) .. (sort|batter|deal with|do|kick|hurt|smash|beat|sort out|have a word with|take care of|visit|teach) (@them|@role|#staff|(mr|mrs|miss|ms|sir) #any|the (head|teacher|caretaker|senco))` },
  { pattern: "(wont|won't|will not|aren't|arent|isn't|isnt|not) (be)? (coming|going|turning up|there) (to|for) (talk|chat|a chat|a talk|a friendly chat|a cuppa|a coffee|ask nicely|be nice|be polite)" },
  { pattern: '(needing|need|needs|will need|gonna need|going to need) (more than|a lot more than|worse than) (a|an|some|new|his|her|their) .. (glasses|plaster|plasters|ice pack|paracetamol|sorry|apology|tissue|tissues)' },
  { pattern: `(run|running|chase|chasing|drive|driving|hound|hounding|burn|burning|smoke|smoking) (them|that|those|these|the|him|her|his|their) .. out (of) (town|the village|the area|the estate|here|this town|the school|our school|#school|the country|the street)`, falsePositives: ['(run|running|drive|driving) .. out of (town|the village) (for|on|to|this|next|at)'] },
  { pattern: "(someone|somebody|somebodys|someones|one of the dads|some of the dads|some of us|we|the dads) (is|are|s|re|will|ll)? (going to|gonna|will)? (wait|waiting|be waiting|have a word|sort|visit|pay a visit) (for|with|on|to)? (the|that|him|her|them|#staff|(mr|mrs|miss|ms|sir) #any) .. (after|outside|when|at home|on (his|her|their) way)", needsGrievance: true },
  // Damage wished on a thing of theirs: "be a shame if someone took a knife to it".
  { pattern: "(shame|pity) if (someone|somebody|anybody|anyone) (accidentally)? (took|put|threw) (a|an|the) .. (knife|blade|key|keys|hammer|brick|bat|match|lighter|rock|stone|spade|paint)" },
  { pattern: "(shame|pity) if (someone|somebody|anybody|anyone) (accidentally)? ({key}|{scratch}|{smash}|{slash}|{torch}|{burn}|set fire|set light|let (the|his|her|their|your) tyres)" },
  // A trap laid for someone: "I'm laying a plank of nails across the road", "someone should put glass on his drive".
  { pattern: `(${I_WILL}|im|i'm|i am|someone should|somebody should|someone needs to|somebody needs to) (just)? (lay|laying|put|putting|scatter|scattering|string|stringing|leave|leaving) (a|some|me|my|the)? .. (nails|tacks|drawing pins|broken glass|spikes) (across|on|over|along|all over) (the|his|her|their|your|ur|that)? (road|path|drive|driveway|lane|street|track|steps|doorstep)` },
  // Backup promised: "a couple of mates who'd like to meet you".
  { pattern: "(mates|friends|lads|boys|cousins|brothers|uncles|family) (whod|who would|wholl|who will|that would|thatd|that will) (very much|really|just|all)? (like|love|be happy|be glad|be keen) to (meet|have a word with|have a chat with|see|visit|pay (you|him|her|them) a visit)" },
  { pattern: "(ill|im|i will|im going to|im gonna|gonna|going to|we will|well|were going to) (go|come)? (and|n|an)? (sort|sorting) (him|her|them|that kid|the other kid|the kid|that lad|the lad|that boy|the boy|that girl|the girl|that dad|that mum|that mam|the teacher|that teacher) out (myself|meself|ourselves|my way|properly|for good)" },
  { pattern: "(check|checking|checks|look|looking|looks) under (your|his|her|their|ur) (car|motor|van|cars)" },
  { pattern: "(ill|im|i will|im going to|im gonna|gonna|going to|we will|well|were going to) .. ({grab}|{drag}|{pin}|{hold}) .. by the (collar|throat|neck|scruff|hair|ear|ears)" },
  // A meeting proposed where no one will see: "Staff car park. 4pm. Come alone.", "just you and me behind the sports hall".
  { pattern: '(come alone|come on your own|come by yourself|just you and me|just me and you|square go|straightener)', needsGrievance: true },
  { pattern: '(you and me|me and you) (behind|round the back|out the back|outside|in the car park|at the gates|after school|after work|one on one)' },
  // "Pilkington is getting it when I see him", "she comes near my lass again, she gets it".
  { pattern: '(is|s|are|re|hes|shes|theyre|youre|ur) (getting it|gettin it|gonna get it|going to get it) (when|tomorrow|tmrw|tmw|tonight|outside|from me|off me|at the (gates|gate|school|chippy|park|bus stop|shops))' },
  { pattern: '(again|near|one more time|ever again) ... (she|he|they|you|u|ye|yous) (gets it|get it|will get it|ll get it|is getting it|s getting it)' },
  // Someone out of prison, or friends, keen to meet whoever is to blame.
  { pattern: '(brother|brothers|cousin|cousins|uncle|husband|fella|partner|brother in law|lads|mates|mate) (s|is|has|gets|got)? (just)? (out|getting out|got out|coming out|gets out|released) (in|next|soon|of prison|of jail|this|a fortnight|on licence|on parole)', needsGrievance: true },
  { pattern: '(keen|dying|itching|desperate|looking forward) to (meet|have a word with|catch up with|say hello to) (whoever|the|that|him|her|them|you|#staff|(mr|mrs|miss|ms|sir) #any|@role)', needsGrievance: true },
  { pattern: '(are|is|been|were|was) asking (about|after) (him|her|them|you|#staff|(mr|mrs|miss|ms|sir) #any|@role)', needsGrievance: true },
  // "I know your face", "they know his car": menace beside a grievance, a joke to a seagull.
  { pattern: '(know|knows|recognise|recognised|seen) (his|her|their|your|ur) (car|face|house|reg|van|address|movements|routine)', needsGrievance: true },
  { pattern: '(know|knows|found out|find out) who (you are|u are|ur)', needsGrievance: true },
  // Where they live or walk, said as an aside: "Mrs Loveday lives out Sedgeford way, doesn't she?".
  { pattern: '(lives|live|living) (out|on|in|at|near|round|up|down|over|by) .. (doesnt|does|dont|isnt|hasnt) (she|he|they)', needsGrievance: true },
  { pattern: '(got|has|have|s got) a (nice|lovely|big|new|flash|fancy) (house|home|car|motor|van) .. (hasnt|doesnt|isnt|aint) (he|she|they)', needsGrievance: true },
  { pattern: '(change|changes|changing) (his|her|their|your|ur) (route|routine)', needsGrievance: true },
  { pattern: `${I_WILL} .. (set fire to|set light to|torch|burn down|petrol bomb|firebomb) (your|his|her|their|ur|yer|the) (house|car|forecourt|shop|garage|van|place|office|home|school|classroom|staffroom|office)` },
  { pattern: '(s|is|are|re|hes|shes|theyre) (out)? (looking for|coming for|after) (you|u|ya|him|her|them|whoever)', needsGrievance: true, falsePositives: ['(looking for|after) (you|him|her|them) (at|in|on|to|with|when|since|all|for)'] },
  { pattern: '(tie|wrap|put|wind) (it|that|this|the tie|a tie|a rope) (round|around) (someones|somebodys|his|her|their|your|ur|the heads|that teachers) (neck|throat)' },
  // "The ref wants to hope I don't bump into him": a warning in the third person.
  { pattern: '(wants|needs) to hope' },
  { pattern: '(thank|thanks|thanking) (his|her|their|your|ur) lucky stars', needsGrievance: true },
  { pattern: '(im|i am|i m) (on|out on) (a suspended sentence|probation|licence|license|bail|a tag)', needsGrievance: true },
  { pattern: '(need|needs|needing|identified by|identify (him|her|them) by|by) (his|her|their)? dental records' },
  // Menace left for the reader to finish.
  { pattern: '(got|have|ive got|i have) nothing (left)? to lose', needsGrievance: true },
  { pattern: '(your move|you know what happens next|u know what happens next|you know what comes next|knows what that means|know what that means|ask around about me|sleep tight|youve been warned|you have been warned|consider yourself warned|dont say i didnt warn you|im patient|i am patient|long memory|short fuse)', needsGrievance: true },
  { pattern: '(ask|asking) the last (man|woman|person|fella|bloke|one|parent|teacher|lad|mum|dad) (who|that) (crossed|messed|upset|tried|called|spoke|went)', needsGrievance: true },
  // Stock menace, the harm left unsaid: "he'll get his", "you've no idea what I'm capable of".
  { pattern: '(get|gets|getting) (his|hers|theirs|yours) (one way or another|one day|soon enough|eventually|in the end|sooner or later|mark my words)' },
  { pattern: '(no idea|no clue|not seen|never seen|underestimate|underestimated|underestimating|forgotten) (exactly|just)? what (im|i am|were|we are|my family is|my family are|my husband is|my lads are) capable of' },
  { pattern: 'ignore (me|us|this|my (emails|messages|calls)) at (your|their|his|her|ur) (own)? (peril|risk)' },
  { pattern: '(wouldnt|would not|dont|do not) want anything (bad|nasty|unfortunate)? to happen to', needsGrievance: true },
  { pattern: '(no one|nobody|noone|no body) (would|will|d|ll) (see|know|hear) (a thing|anything|owt|nowt)', needsGrievance: true },
  { pattern: '(should|wants to|want to|needs to|need to|had better|better|would do well to|d do well to) (be|tread|think)? (very|really|extremely|real|bloody)? (careful|carefully)', needsGrievance: true, falsePositives: ['(careful|carefully) (crossing|on|when|with|of|about|near|not|to|around|walking|driving|going|in|at|if|using|choosing|reading|before|after|checking|consider|considering|look|looking|think about|thinking)', '(kids|children|pupils|students|drivers|parents|everyone|we|i|my son|my daughter|my kids) .. (careful|carefully)'] },
  { pattern: '(dont|do not|doesnt|does not|wont|will not) take (too)? kindly to', needsGrievance: true },
  { pattern: `{give} ${PERSON} (a|an) (good|right|proper)? (slap|smack|punch|kicking|hiding|battering|clip|dig|kick|thump) (from me|for me|off me)` },
  // A challenge to come and be hurt: "say it to my face and see if you're still smiling".
  { pattern: "(see|find out|well see|we'll see) (if|whether) (you're|youre|you are|hes|he's|he is|shes|she's|she is|theyre|they're|they are) still (smiling|laughing|smirking|so brave|so tough|so hard|so mouthy|so gobby|talking|standing)" },
  // Fire and menace named without a verb of harm: "put a match to that portakabin", "you won't like how".
  { pattern: '(put|putting|take|taking|set|setting) a (match|lighter|flame|light) to', needsGrievance: true },
  { pattern: '({torch}|{burn}) (the|their|them|those|that|his|her) (caravans|caravan|minibus|minibuses|portakabin|portacabin|flats|vestry|hall)' },
  { pattern: "(you|u|they|she|he|youll|you'll|theyll) (won't|wont|will not|wouldnt|wouldn't) like (how|what happens|what happens next|what comes next|the way (we|i) do it)", needsGrievance: true },
  { pattern: `${I_WILL} make sure (she|he|they|you|u|@them) (regret|regrets|suffer|suffers|lose|loses) (it|this|that|more than)` },
  { pattern: "(i'll|ill|i will|we'll|well|we will) (take|have) something of (yours|his|hers|theirs)" },
  { pattern: '(@me|i|we) .. (know|knows|found out|worked out|clocked) (what time|which road|which way|the route|when) .. (leaves|leave|goes home|walks home|drives home|finishes|takes home|gets home|parks)' },
  { pattern: "(not|and not|it won't be|it wont be|and it won't be|and it wont be|it won't be with|and it won't be with) (a polite one|with words|for a chat|a friendly one|a chat)", needsGrievance: true },
  { pattern: '(bring|bringing|brought) (your|ur|yer) (fists|knuckledusters|knuckle dusters|blades|knives|bats)', falsePositives: ['(bring|bringing) (your|ur|yer) (bats) (and|for|to) (cricket|rounders|the match|the game|club|practice|training)'] },
  // Veiled menace told as a kindness or an observation: "Be a pity.", "accidents happen on them lanes",
  // "enjoy the school run while it lasts", "hope you're sleeping well".
  { pattern: "(be|would be|itd be|it would be|itll be|it will be) (a|an)? (real|awful|terrible)? (pity|shame|awful|terrible) (if|when)? .. (caught|catches|catch|went|goes|got|gets|happened|happens|burnt|burned) (alight|fire|up|scratched|keyed|damaged|broken|smashed|torched|to)", falsePositives: ['(shame|pity) if (it|the weather) (rains|rained|snows|snowed)'] },
  { pattern: "(accidents|accident) (happen|happens|can happen|do happen) (on|in|at|to|round|when|after)", needsGrievance: true },
  { pattern: "(enjoy|make the most of) ... while (it lasts|they last|you can|you still can|he can|she can|you still have)", needsGrievance: true, falsePositives: ['(enjoy|make the most of) (the|this|your)? (sun|sunshine|weather|heat|peace|quiet|holidays|holiday|half term|summer|lie in|lie ins|snow|break|weekend|freedom)'] },
  { pattern: "(hope|hoping|trust) (you|ur|youre|she|he|shes|hes|they|theyre) (are|re|s|is)? (sleeping|sleep) (well|ok|okay|alright|soundly|at night)", needsGrievance: true },
  { pattern: "(lovely|nice|beautiful|big|fancy|flash) (house|home|car|garden|caravan|motor|van|kids|family) (youve got|you have|you got|hes got|shes got|theyve got|they have|you have got)", needsGrievance: true },
  { pattern: "(wont|doesnt|dont|not|never|wouldnt) .. (get|make it|walk|go|leave|reach|get home|get back|come out|walk out) .. in one piece" },
  { pattern: "(see|lets see|well see) how (brave|hard|tough|big|clever|cocky|gobby|mouthy) (she|he|they|you|u) (is|are|s|re|really is|really are) (when|once|without|after)" },
  { pattern: "(gets out|getting out|got out|is out|comes out|coming out) (of)? (prison|jail|nick|the nick|the jail|the prison|inside)" },
  { pattern: "(keen|dying|itching|desperate|looking forward) to have a (little|quiet|proper|friendly)? (word|chat)", needsGrievance: true },
  { pattern: "(got|have|know) (all|every one of|each of|all of) (your|ur|their) (names|addresses|numbers|regs|cars)", needsGrievance: true },
  // Harm promised to a person in a frame of its own: "give them a proper hiding", "wrap the cord round her neck".
  { pattern: '{give} (@them|that (lad|boy|girl|kid|dad|mum|bully)|the (lad|boy|girl|bully|dad|mum)|whoever) (a|an) (proper|good|right|bloody)? (hiding|kicking|battering|beating|pasting|leathering|hammering)' },
  { pattern: '{teach} (that|the|their|this) (lad|boy|girl|kid|child|family|bully|bullies|dad|mum|lot) a lesson', falsePositives: ['a lesson (on|about|in)'] },
  { pattern: '(wrap|wrapping|tie|tying|put|putting|wind|winding) (the|a|that|this|my)? .. (round|around) (his|her|their|your|ur) (neck|throat)', falsePositives: ['(scarf|scarves|lanyard|lanyards|tie|ties|towel|snake|medal|medals|garland|arms) .. (round|around)'] },
  { pattern: `${I_WILL} .. (yank|rip|pull|tear) (hers|his|theirs|(her|his|their|your|ur) (hair|plaits|ponytail|extensions)) (out|off)` },
  { pattern: '{sort} (out)? (the bully|the bullies|that bully|that (lad|boy|girl|kid|family)) (out)? (myself|ourselves|personally|for good|once and for all)' },
  // Damage promised to a car: "his tyres are going to have a very bad week", "lovely with four flat tyres".
  { pattern: `(his|her|their|your|ur|that) ${CAR} (is|are|s|re)? (going to|gonna|will|ll) (have|be having) a (very|really|bit of a)? (bad|rough|nasty|hard|long|tough) (day|week|night|time)` },
  { pattern: '(with|get|getting|gets|have|having|had) (four|4|two|2|some|a few|a couple of|all) (flat|slashed|let down) (tyres|tires)', needsGrievance: true },
  { pattern: '(bit of|some|a can of|bottle of) paint stripper', needsGrievance: true },
  // Exposure and ruin promised: "by the time I've finished, she will never work in a school again".
  { pattern: '(never|not|wont|will not|won\'t) (work|teach) (in a school|in schools|with (children|kids)|in teaching|in this town|round here|anywhere) again', needsGrievance: true },
  { pattern: '(by the time|once|when) (im|i am|ive|i have|were|we are) (done|finished|through) (with (you|him|her|them))?', needsGrievance: true, falsePositives: ['(done|finished|through) (with)? (the|my|this|that|it|work|school|lunch|dinner|tea|shopping|marking|homework)'] },
  { pattern: '(your|his|her|their|ur) (life|lives|career|name) (round here|here|in this (town|village)|in (this|the) area)? (is|are|s|will be) (over|finished|done|mud|ruined)', needsGrievance: true },
  { pattern: '(post|posting|share|sharing|put up|putting up|publish|publishing) (your|his|her|their|ur) (address|home address|number plate|reg|phone number)', needsGrievance: true },
  { pattern: 'let (people|everyone|the dads|the lads|the village|the estate) decide what to do (with|about) (him|her|them|you)' },
  { pattern: '(walking|walk|going|getting) to (your|ur) (car|van) (on (your|ur) own|alone|by yourself)', needsGrievance: true },
  { pattern: '(be|being|come|coming) round (your|ur|his|her|their) (door|doorstep|gaff) (after|later|tonight|tomorrow|next|one night)' },
  // Harm promised by its aftermath: "ur own mum wont recognise u", "their mams will be picking them up from A&E",
  // "them shiny new windows won't last the week", "his windows are going in tonight".
  { pattern: '(your|ur|yer|his|her|their) (own)? (mum|mam|mother|mom|family|kids|wife|husband|nan) (wont|won t|will not|wouldnt|would not|aint gonna) (recognise|recognize|know) (you|u|him|her|them)' },
  { pattern: '(picking|pick|collecting|collect|visiting|visit) (them|him|her|you|u) (up)? (from|in) (a e|a and e|hospital|the hospital|casualty|intensive care)' },
  { pattern: '(windows|window|windscreen|tyres|tires|paintwork|car) (wont|won t|will not|arent going to|are not going to|isnt going to) (last|survive) (the|a|till|until) (week|night|day|month|weekend|morning)' },
  { pattern: '(windows|window|windscreen|tyres|tires) (are|is|re|s) (going in|getting smashed|coming in|going through|getting slashed)' },
  { pattern: '(next time|next) (it|there|this) (wont|won t|will not) be (a|an) (letter|email|phone call|call|polite|strongly worded)' },
  { pattern: '(and|but) i (dont|do not|don t) mean (a|with a|by) (strongly worded|polite|nice|stern|firm)? (email|letter|word|complaint|phone call|chat)', needsGrievance: true },
  { pattern: '(#num|five|ten|two|few|couple of) (minutes|mins|min) alone with (him|her|them|the|that|#staff|(mr|mrs|miss|ms|sir) #any|@role)' },
  { pattern: '(nobody|no one|noone|not a single (parent|person|one|mum|dad)|not one (parent|person)) (would|will|d|is going to|s going to) (grass|say a word|see anything|have seen anything|call the police|ring the police)' },
  { pattern: '(lay|put) (a lot more|more|something more|worse|a lot worse) than a finger on (you|u|him|her|them)' },
  { pattern: '(going rate|how much|how long (would|will) i (get|do)|what (would|will) i get) (for)? (thumping|punching|slapping|hitting|decking|battering|lamping|smacking|killing|throttling)' },
  { pattern: '(got out|out of prison|out of jail|been released|out on licence) .. (bored|very bored|looking for something to do|itching|needs something to do|at a loose end)' },
  { pattern: '(have a word|a word|a quiet word|a chat) with (him|her|them) (at home|at his house|at her house|outside (his|her|their) house|on (his|her|their) doorstep|at his door|at her door)' },
  // Harm told as chance or as knowledge of a routine: "accidents happen to cars parked on the street", "I know what time you lock up".
  { pattern: '(accidents|things|stuff) (happen|can happen|have a way of happening|tend to happen) (to|round|in|on) .. (cars|car|houses|house|windows|people|teachers|heads|you|him|her|them|your|his|their)', needsGrievance: true },
  { pattern: '(know|knows|found out|worked out) (what time|when) (you|he|she|they|the head|the teacher) (lock up|locks up|leave|leaves|finish|finishes|close|closes|get home|gets home|walk home|walks home|clock off|clocks off)', needsGrievance: true },
  { pattern: '(hasnt|has not|havent|have not|wont have|won t have) (got)? (any)? (paint|tyres|tires|windows|windscreen|wing mirrors|wheels) (left)? (on it|on)?', needsGrievance: true },
  { pattern: "(give|gave|giving|gives) (him|her|them|em|the lot of them) (what|whats) (he|she|they|hes|shes|theyve|theyre|s)? (got|has got|have got|has|have|had)? coming" },
  // A comeuppance promised: "she won't be so gobby after the weekend", "he'd better hope his tyres are good quality".
  { pattern: '(he|she|they|you|u|hes|shes|theyre|youre|hell|shell|theyll|youll) (wont|will not|wouldnt|would not|aint|isnt|arent|not) (be)? (so|as) (gobby|mouthy|cocky|brave|smug|lippy|hard|big|loud|clever|full of (herself|himself|themselves|it|yourself)) (after|when|once|by|next|come)' },
  { pattern: '(better|had better|best|d better) hope (his|her|their|your|ur) (tyres|tires|brakes|windows|windscreen|car|house|door|front door|paintwork|locks|dog|cat|kids) (are|is|s|have|has|stay|last)' },
  // Their routine held up to them: "he'd do well to remember that when he's walking his dog on the beach at 7am".
  { pattern: '(do well to|want to|wants to|better|should|needs to|need to|best) (remember|think about|bear in mind|keep in mind|have a think about) (that|this)? (when|next time|while) (he|she|they|hes|shes|theyre|you|youre) .. (walking|walks|out|alone|on (his|her|their|your) own|driving|leaving|locking up|getting in|going home|walking home|parking|jogging|running)' },
  { pattern: '(youre|you are|shes|she is|hes|he is|theyre|they are|she lives|he lives|they live|you live|lives) at number #num', needsGrievance: true },
  // Their car, house or walk held up as unguarded: "that Audi sits in the car park with nobody watching it", "her house has windows
  // like everyone else's", "let's see how brave she is walking to her car", "which house is Mr Keeling's?", "only three doors down from you".
  { pattern: `${CAR} .. (with)? (nobody|no one|noone|no body) (watching|guarding|looking after|keeping an eye on) (it|them)?`, needsGrievance: true },
  { pattern: '(house|home|car|conservatory|office|windows) (has|have|got|s got) (windows|glass|tyres|a windscreen|a front door) (like|the same as|just like) (everyone|everybody|the rest|anyone|any other)' },
  { pattern: '(see|lets see|well see) how (brave|hard|tough|big|clever|cocky|gobby|mouthy|smug) (she|he|they|you|u) (is|are|s|re) (walking|on (her|his|their|your|ur) (way|own)|in the dark|at night|alone|by (herself|himself|themselves|yourself))' },
  { pattern: '(which|what) (house|road|street|car|door|flat|number) (is|s) (#staff|(mr|mrs|miss|ms|sir) #any|the heads|the teachers|hers|his|theirs)', needsGrievance: true },
  { pattern: '(only|just|live|lives|living) .. (#num|a few|a couple of|couple of) (doors|streets|houses|roads) (down|up|away|along) from (you|u|ya|him|her|them|#staff|the head|(mr|mrs|miss|ms|sir) #any)', needsGrievance: true },
  // A comeuppance or a visit promised in other words: "he has a good hiding coming", "she's earned herself a visit",
  // "he'd better enjoy his job while he's still got it", "she'd better hope she never breaks down on that road".
  { pattern: '(has|have|got|s got|ve got) (a|a good|a right|a proper|a real) (hiding|slap|smack|kicking|battering|beating|pasting|leathering|thick ear|good hiding|right hiding) coming' },
  { pattern: '(earned|earnt|bought) (himself|herself|themselves|yourself) a (visit|slap|hiding|smack|kicking|good hiding|battering|beating|black eye|thick ear)', falsePositives: ['a visit (to|from)'] },
  { pattern: '(enjoy|enjoying|enjoys) (his|her|their|your|ur) (job|career|teeth|front teeth|car|face|looks|windows|kneecaps) while (he|she|they|you|u|hes|shes|theyre|youre|theyve|youve) (still)? (can|has|have|got|s got|ve got)', needsGrievance: true },
  { pattern: '(better|had better|best|d better) (hope|pray) (he|she|they|you|u) (never|doesnt|does not|dont|do not|isnt|aint|wont)', needsGrievance: true },
  { pattern: '(show|teach) (him|her|them|#staff|(mr|mrs|miss|ms|sir) #any|that teacher|the head|@role) (what it feels like|how it feels|what its like) (not)? (to)? (be|feel|get)? (safe|hurt|scared|frightened|afraid|unsafe|bullied|humiliated|pushed|hit|grabbed|shoved|on the receiving end)', needsGrievance: true },
  // Damage told as an aftermath: "be a shame if it didn't start one morning" beside a grievance; with their property named ("shame if
  // those new windows didn't last the winter") even without one, which the weather ("shame if the sunshine didn't last") is not;
  // "the next note is going through his windscreen".
  { pattern: '(shame|pity) if ... (didnt|did not|dont|do not|wouldnt|would not|never) (last|survive|start|make it)', needsGrievance: true },
  { pattern: `(shame|pity) if (those|the|his|her|their|your|ur|that|them)? (new|nice|shiny|lovely|fancy|brand new|flash|big)? (new|nice|shiny|lovely|fancy|flash|big)? (windows|window|${CAR}|conservatory|roof|greenhouse|fence|sign|front door) ... (didnt|did not|dont|do not|wouldnt|would not|never) (last|survive|make it|start)` },
  { pattern: '(id|i would|i d|ill|i will|happy to|glad to) (happily|gladly|personally)? be the one (swinging|throwing|lighting|pulling|wielding|doing the (hitting|slapping|punching|kicking|swinging))' },
  { pattern: '(going|goes|gonna go|will go|ll go) (through|in through) (his|her|their|your|ur|the heads|the teachers) (windscreen|windows|window|front window)' },
  { pattern: '(wait|waiting|be waiting|stand|standing) (by|at|outside|round|next to|beside) (their|his|her|your|ur|the heads|the teachers) (car|van|house|front door|drive|driveway)', needsGrievance: true, falsePositives: ['(wait|waiting) .. (car|van|house|front door|drive|driveway) (for|until|till|while)'] },
  { pattern: '(seen|saw|watched|clocked|spotted|see|watch|watching) (her|him|them|you) (putting (her|his|their|your) bins out|walking (her|his|their|your) dog|leaving (her|his|their|your) house|coming home|getting (in|into|out of) (her|his|their|your) car|locking up|on (her|his|their|your) own)', needsGrievance: true },
];

/** Someone getting hurt by traffic or in a dangerous place is a safety worry, not a threat. */
const SAFETY = '(hurt|killed|injured) ... (car park|carpark|road|roads|crossing|traffic|cars|parking|drivers|driver|speeding|equipment|climbing frame|ice|icy|playground|gate|gates|stairs|pitch|fence|potholes|bus|buses|lorry|van|dog|dogs|lollipop|building site|roadworks)';

/** What the writer could have done, past and undone, is venting, not a threat ("I could have throttled him on the spot"). */
const COUNTERFACTUAL = "(i|we|id|wed) (could|would|couldve|wouldve) (have|of)? (happily|easily|gladly|cheerfully)? (killed|murdered|strangled|throttled|slapped|punched|lamped|decked|battered|thumped|smacked|kicked|swung for) (him|her|them|the|that|it|someone|somebody|whoever)";

/** A registration noted to report it, not to find someone: "I've got your reg and I've reported you to the council". */
const REPORTED = '(got|have|taken) (your|his|her|their|ur) (reg|number plate|number) (and|so) .. (reported|report|sent|send|passed|pass|given|give|handed|hand)';

/** Taken somewhere, not taken down: "I'll just take him down the rec on Saturdays". */
const OUTING = '{take} (him|her|them|the kids|the dog) down (the|to the|to) (rec|park|beach|shops|chippy|field|pitch|pool|club|swings|front|seafront|prom|nets|cage)';

export const THREAT: readonly Phrase[] = [...THREAT_BASE, ...THREAT_STRUCTURES, ...THREAT_IMPLIED, ...THREAT_PROMISED].map((phrase) => ({
  ...phrase,
  falsePositives: [...(phrase.falsePositives ?? []), SAFETY, COUNTERFACTUAL, REPORTED, OUTING],
}));

/** What says a threat told in everyday exaggeration is meant: "not a joke", "I swear on my life". */
export const EARNEST: readonly Phrase[] = [
  { pattern: "(not a joke|not joking|no joke|i mean it|i'm serious|im serious|deadly serious|mark my words|swear down|swear to god|(swear|swearing) on my (life|kids|kids lives|childrens lives|mothers life|mums life|mums grave)|(not|dont mean it|don't mean it) (as)? (a)? figure of speech)" },
];
