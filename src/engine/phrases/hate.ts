import type { Phrase } from './types';

/** Places people are told to go back to. */
const HOMELANDS = 'africa|poland|warsaw|krakow|romania|bucharest|bulgaria|albania|lithuania|latvia|slovakia|pakistan|india|bangladesh|nigeria|somalia|syria|afghanistan|iraq|iran|jamaica|china|turkey|eastern europe|the middle east';
/** A family's own trips home: "we go back to Poland every summer". */
const VISITING_FAMILY = "(we|i|they|she|he|we ll|well|ill|i ll|theyll|they ll) (go|went|are going|re going|will go|going|are flying|flew|fly) back to .. (for|every|each|at|in|this|next|over|to see|to visit|on)";
/** "special needs" said of a child by their parent, or of the help they get: a description, not a slur. */
export const SEN_DESCRIBED: readonly string[] = [
  '(is|has|have|are) (special needs) (and|so|but|kids|children|support|provision|assessment|plan|statement|ehcp|funding|unit|department)',
  'my (son|daughter|child|boy|girl|kid) (is|has) (a bit)? (special needs)',
];

// Groups people are abused for being part of: race, religion, nationality, sexuality, gender, disability.
const GROUP = '(muslims|muslim|muzzies|muzzie|islam|immigrants|immigrant|foreigners|foreigner|pakis|poles|polish|romanians|eastern europeans|gypsies|gipsies|travellers|pikeys|blacks|black people|jews|jewish people|gays|gay people|lesbians|trans people|trannies|asians|africans|refugees|asylum seekers|migrants|hindus|sikhs|catholics|arabs|chinese|indians|nigerians|albanians|women|autistic kids|autistic children|sen kids|sen children|special needs kids|special needs children|disabled kids|disabled children|disabled people|retards|lgbt|the gays)';
const DEROGATORY = '(animals|vermin|scum|dirty|filthy|cockroaches|parasites|leeches|rats|savages|subhuman|sub human|disgusting|a disease|a plague|terrorists|breeding|taking over|invading|ruining|ruin|spoiling|dragging down|drag down|holding back|hold back|shouldnt be allowed|should not be allowed|should be banned|dont belong|do not belong|need to go|should go back|should be sent back|should be deported|are the problem|the problem|unnatural|not natural|perverts|freaks|thick|stupid|lazy|thieves|criminals)';

// A group spoken of as a whole, singular or plural.
const PEOPLE = '(men|women|a man|a woman|a female|females|a bloke|blokes|gays|gay people|gay men|a gay|lesbians|a lesbian|trans people|trans women|a trans woman|a trans man|transgender people|muslims|a muslim|jews|a jew|hindus|sikhs|immigrants|an immigrant|foreigners|a foreigner|foreign families|foreign teachers|migrants|refugees|asylum seekers|asylum seeker kids|poles|polish people|polish families|the polish|romanians|the romanians|eastern europeans|them eastern europeans|those eastern europeans|albanians|pakistanis|indians|africans|nigerians|black people|blacks|asians|travellers|gypsies|disabled kids|disabled children|disabled people|sen kids|sen children|those sen kids|special needs kids|special needs children|autistic kids|autistic children|them kids|those kids|these people|those people|people like that|people like them|that lot|their lot|your lot|his lot|her lot|their sort|your sort|his sort|her sort|their kind|your kind|his kind|her kind)';


/** Slurs: hate wherever they appear, and name-calling too. */
export const SLURS: readonly Phrase[] = [
  { pattern: '(nigger|niggers|nigga|niggas|nig|nigs|negro|negroes|coon|coons|wog|wogs|golliwog|golliwogs|jungle bunny|jungle bunnies|sambo|darkie|darkies|darky|porch monkey|spearchucker|spear chucker|half caste|half castes|halfcaste)', falsePositives: ['(coon) (cheese|cheddar)'] },
  { pattern: '(paki|pakis|paky|packie|packies|chinky|chinkies|chink|chinks|gook|gooks|slant eye|slant eyes|slanty|slitty eyes|coolie|towelhead|towelheads|raghead|ragheads|sand nigger|camel jockey|camel jockeys|boat people|kike|kikes|yid|yids|heeb|shylock|pikey|pikeys|gyppo|gyppos|gypo|gypos|gippo|pikie|spic|spics|wetback|wetbacks|kraut|krauts|polack|polacks|wop|wops|dago|dagos|muzzie|muzzies|mozzie|mozzies|muzrat|muzrats|taig|taigs|fenian|fenians)', falsePositives: ['chink (of|in) (light|the armour|his armour|her armour)'] },
  { pattern: '(faggot|faggots|fag|fags|faggy|poof|poofs|poofter|poofters|bender|benders|batty boy|batty boys|battyboy|battyboys|battyman|twink|twinks|cow worshipper|cow worshippers|homo|homos|lezza|lezzas|lesbo|lesbos|lezzer|lezzers|dyke|dykes|tranny|trannies|shemale|shemales|ladyboy|ladyboys|it in a dress|man in a dress)', falsePositives: ['(fag|fags) (break|breaks|packet|end|ends|butt|ash|lighter|machine)', '(a|some|my|his|her|the|twenty|20|packet of|pack of|smoking|smoke|smoked|roll|rolled|buy|bought|light) (fag|fags)', 'offa dyke', 'offas dyke', 'devils dyke', "(the|a|that|this|our|flood|drainage|tidal|sea) (dyke|dykes) (at|behind|by|near|along|burst|bursts|broke|broken|breached|flooded|floods|flooding|overflowed|overflowing|overtopped|bank|banks|path|paths|road|lane|drain|drains|wall|walls|water)", 'bender (on|at|in) (the|a)? (weekend|town|pub|holiday|stag|hen|vegas|ibiza|beach)', 'bender (all weekend|last night|this weekend)', '(on|went on|been on|go on|going on|gone on) (a|the)? (massive|proper|big|right|three day|weekend|week long|two day|boozy)? bender', '(weekend|three day|massive|boozy) bender'] },
  { pattern: '(retard|retards|retarded|tard|tards|libtard|spastic|spastics|spaz|spazz|spazzy|spazzing|spazzed|spazzes|spacker|spackers|spakka|spakker|mong|mongs|mongo|mongol|mongoloid|window licker|window lickers|cripple|cripples|mental case|psycho kid|special kid|mentalists|deaf and dumb|the mental kids)', falsePositives: ['(flame|fire) retard', 'retarded (growth|progress)', '(mongol) (empire|horde|hordes|warrior|warriors|history)', 'special kid (in|to)'] },
];

/** A group word used to insult someone ("fat gay PE teacher", "dirty gypsies"): hate and name-calling. */
export const GROUP_INSULTS: readonly Phrase[] = [
  { pattern: '(fat|ugly|disgusting|dirty|filthy|horrible|vile|bloody|fucking|greasy|smelly|stinking|stinky|useless|lazy|thick|stupid) (gay|lesbian|queer|trans|tranny|muslim|paki|polish|foreign|black|jewish|gypsy|romanian|albanian|immigrant|disabled|autistic|spastic) (pe teacher|teacher|head|woman|man|bloke|lad|lass|kid|family|mum|dad|teachers|parent|parents|git|cow|bitch|twat|bastard|who|that|lot)', falsePositives: [] },
  { pattern: '(money grabbing|money grabbin|greedy|typical|dirty|filthy|stingy|tight|thieving|bloody|fucking) (jew|jews|gypsy|gypsies|gyppo|traveller|travellers|pikey|immigrant|immigrants|foreigner|foreigners|muslim|muslims|polack|pole|poles|romanian|romanians|paki|pakis|lesbian|lesbians|gay|gays|tranny|trannies|queer|queers)' },
];

export const HATE: readonly Phrase[] = [
  // Counting who belongs: "couldn't spot many English faces".
  { pattern: '(hardly any|not many|no|not a single|barely any|few|spot many|see many|see any|spot any|count the) (english|british|white|local) (faces|kids|children|families|names|people|voices)' },
  // Violence wished on a whole group.
  { pattern: `${GROUP} (kids|children|families|family|lot|parents)? .. (need|needs|deserve|deserves|want|wants|should be|ought to be|need to be|needs to be|should get|want to be) (a good kicking|a kicking|a beating|a good hiding|a hiding|a battering|shot|gassed|burnt|burned|burnt out|burned out|strung up|hung|hanged|lynched|wiped out|exterminated|put down)` },
  { pattern: '(them|those|these|that|all the|all them) (asylum seeker|asylum seekers|immigrant|immigrants|refugee|refugees|migrant|migrants|foreign|foreigners|muslim|muslims|polish|romanian|gypsy|traveller|gay|trans|sen|disabled|autistic|black|asian|pakistani|eastern european) (kids|children|families|family|lot|people|parents) .. (need|needs|deserve|deserves|should|ought to|want) .. (kicking|beating|hiding|battering|shot|burnt|burned|out|back|deported|gone|banned|locked up)' },
  // Pride, gay or trans people cast as a danger to children.
  { pattern: '(pride|lgbt|lgbtq|gay|gays|trans|queer|rainbow) ... (grooming|groomers|groom|perverts|perversion|paedos|paedophiles|nonces|indoctrination|indoctrinating|brainwashing|agenda|sick|disgusting|unnatural|an abomination|filth)', falsePositives: ['(anti|against|stop|preventing|prevent) .. (grooming|indoctrination)'] },
  { pattern: '(you know|we all know|everyone knows) what (these|those|them|that|his|her|their) (people|lot|sort|kind|type|types) (are|is)' },
  { pattern: `${PEOPLE} (shouldnt|should not|cant|can\'t|cannot|can not|dont|don\'t|do not|never|always|are always|are never|havent|haven\'t|have not|aint|ain\'t|are all|are just|are too|are not|arent|aren\'t|belong|should be|should stick|need to|needs to|should go|are everywhere|are taking|are ruining|ruin|take|took|get|want to) .. (be|allowed|looking after|teach|teaching|be teaching|in charge|handle|run|got a clue|a clue|clue|built for|trusted|banned|stick to|back|home|kitchen|everywhere|over|our jobs|the same|amount to|special schools|sent back|deported|emotional|soft|weak|thick|lazy|dirty|terrorists|perverts|groomers|scroungers|criminals|thieves|animals|a drain|holding|drag|slowing|ruining|near kids|near children|near our kids|around kids|around children)`, falsePositives: ['(men|women|a man|a woman) (can|cant|can\'t|cannot|shouldnt|should not|dont|don\'t) .. (be|got|have) .. (both|too|as well)'] },
  // "Send them home" of a family or a group; of one child, "sent him home" is what a school does.
  { pattern: '(send|sending|sent|ship|shipping|get|put) (them|the lot of them|them all|em|the lot|all of them|the family|that family|those families|their families|them kids) (home|back|out of the country|back home|back where|back to where|back on|packing)', falsePositives: ['(send|sending|sent|get) (them|em) (home|back) (early|sick|ill|with|from|because|for|at|after|before|to school|to class|when|if|as|in|on (the bus|monday|tuesday|wednesday|thursday|friday))', '(send|sending|sent|get) (them) (back) (to school|to class|to bed|in|inside|out|later|tomorrow|next)', '(send|sending|sent|get|put) (them|em) back to (her|him|you|me|us|them|their owner|the owner|whoever|the office|school|class)'] },
  { pattern: '(send|sending|sent|ship|shipping|get|put) (him|her) (out of the country|back home|back where|back to where|back to (his|her) (own)? country)' },
  { pattern: '(go|goes|going|gone|went) (all)? back (to)? where (they|she|he|you|u) (came|come) from' },
  // Wherever the verb: "those people can celebrate whatever they like back where they came from". Not things put back.
  { pattern: 'back (to)? where (they|them|you|u|yous) (originally)? (came|come) from', falsePositives: ['(put|putting|puts|return|returned|returning|take|took|taking|bring|brought|carry|carried|pop|popped|stick|hang|hung|place|placed) ... back (to)? where'] },
  { pattern: '(send|sending|sent|ship|shipping|deport|deporting) (the|all the|those|these|them)? @group .. back' },
  { pattern: '(greatreplacement|whose country is (it|this) (anyway)?)' },
  { pattern: 'great replacement', falsePositives: ['(debunk|debunking|debunked|debunks|against|about|explaining|explain|explained) (the)? great replacement', 'great replacement (myth|conspiracy|theory|lie|lies|nonsense|rubbish)'] },
  { pattern: `(go|going|gone|fuck off|f off|piss off|bugger off|sod off|get|run|can go|should go|should get|should piss off|should fuck off) back (where|to where|to the|to their|to his|to her|to your|to) .. (came from|come from|belongs|belong|country|countries|own kind|brighton|the jungle|the kitchen|kitchen|${HOMELANDS})`, falsePositives: ['(go|going|get|run) back to (the|their|his|her|your) (car|class|classroom|house|room|school|office|desk|work|bed|kitchen to)', VISITING_FAMILY] },
  { pattern: "(back to the kitchen|get back in the kitchen|belong in the kitchen|belongs in the kitchen|stick to netball|should stick to|make me a sandwich|too emotional to|women's place|womans place|a woman's place)", falsePositives: ['should stick to (the|their|his|her|our|a|an) (plan|rules|timetable|routine|schedule|budget|curriculum)'] },
  { pattern: '(bloke|man|fella|guy|lad) (in a dress|in a wig|in lipstick|pretending to be a woman|pretending to be a girl|in a skirt)' },
  { pattern: '(used to be|was once|was born) a (bloke|fella|geezer)' },
  // Disabled children told they do not belong: "there's special schools for a reason", "why are they even in mainstream".
  { pattern: '(theres|there are|there is|thats what|that is what) special (schools|school|units|needs schools) (are)? (for|exist) (a reason)?' },
  { pattern: '(why are|why is|shouldnt be|should not be|dont belong|do not belong|doesnt belong|does not belong|have no place) (they|he|she|them|kids like that|kids like him|kids like her|children like that)? (even)? in (mainstream|a mainstream school|mainstream school|normal school|a normal school|normal classes)' },
  { pattern: "(identifies|identify|identifying|identified) as (a)? (girl|boy|woman|man|cat|dog|attack helicopter|non binary)", falsePositives: [] , needsGrievance: true },
  { pattern: "(its|it's|it is|thats|that's|that is|so|totally|completely|just|being) (unnatural|not natural|abnormal|an abomination|a mental illness|mental illness|a disease|a sickness|sick|perverted|degenerate|a perversion)", needsGrievance: true, falsePositives: ['being sick (in|on|into|all over|everywhere|and|again|at|after|from)', '(sick|not natural) (note|day|days|bay|bag|leave|bug|kids|child|children|again|today|with|of)'] },
  { pattern: '(indoctrination|indoctrinating|indoctrinate|indoctrinated|brainwashing|brainwashed|grooming|groomers|propaganda|radicalised|radicalized|radicalising|sharia|sharia law|terrorist training|terrorists|terrorist|jihadi|jihadis|extremists)', needsGrievance: true, falsePositives: ['(grooming) (parlour|salon|the dog|kit|brush|products|session)', 'dog grooming', '(online|county lines) grooming', 'grooming (awareness|gangs awareness)'] },
  { pattern: '(push|pushing|pushes|pushed|force|forcing|forced|ram|ramming|shove|shoving) (it|this|that|their agenda|gay stuff|that stuff|this stuff|their lifestyle|their beliefs|their religion|lgbt|pride|trans stuff) (on|onto|down|at|into) (our|my|the|their|young|small|little)? (kids|children|kid|child|throats|boys|girls)' },
  { pattern: '(islam|muslims|mosque|mosques|the mosque|that mosque|the muslims|religion of peace) .. (is a cancer|cancer|terrorists|terrorist|should be shut|shut down|should be banned|ban|torch|burn|out|take over|taking over|invading|invasion|are all|all the same)', falsePositives: ['(mosque|mosques) (visit|trip|open day|tour)'] },
  { pattern: '(@actor|#name|#staff) .. (is|s|was|looks like|like) (a|an) (monkey|ape|gorilla|baboon|chimp)', falsePositives: ['(cheeky|little|silly|cheeky little|funny|mischievous) (monkey|monkeys)', '(monkey) (bars|business|around|costume|nuts|puzzle|see|magic)'] },
  { pattern: "(cant|can't|cannot|can not|barely|doesnt|doesn't|don't|dont|couldn't|couldnt|hardly) (even)? (speak|talk) (a word of|proper|decent|any|good)? english", needsGrievance: true },
  { pattern: '(no|not a word of|cant hear a word of|can\'t hear a word of|dont speak|don\'t speak|doesnt speak|doesn\'t speak|speaking|speak) (english|romanian|polish|foreign|their language|their own language) (in the yard|on the prom|in the playground|anymore|any more|at all|now|round here|everywhere)', needsGrievance: true },
  { pattern: '(taking|taken|took|take|stealing|steal) (our|all the) (jobs|houses|school places|places|benefits|homes|country)' },
  { pattern: '(mini|little|like) (india|pakistan|poland|romania|africa|baghdad|kabul|mogadishu)' },
  { pattern: '(too many|full of|overrun with|overrun by|swamped by|swamped with|flooded with|nothing but|more) (them|foreigners|immigrants|foreign families|eastern europeans|them eastern europeans|muslims|romanians|poles|pakis|migrants|refugees|asylum seekers|travellers|gypsies|blacks|asians)', falsePositives: ['(more) (refugees|migrants|asylum seekers) (support|welcome|donations|help)'] },
  { pattern: '(immigrants|foreigners|muslims|romanians|eastern europeans|poles|pakis|migrants|refugees|travellers|gypsies|asians|them) (took over|taken over|take over|moved in|have moved in|are everywhere|everywhere|got in|let in)' },
  { pattern: '(let|letting|lets|allowed|allowing|allow) (a load of|loads of|all these|all them|all those|so many|too many|more)? (foreign|foreigners|immigrant|immigrants|muslim|muslims|romanian|polish|eastern european|traveller|gypsy|refugee|asylum seeker|sen|disabled) (families|kids|children|lot|people|in)' },
  { pattern: '(not|never|dont|don\'t|do not|shouldnt|shouldn\'t|should not) (having|have|want|let|allow|be|in front of) .. (my son|my daughter|my kids|our kids|the kids|children|kids|5 year olds|five year olds) .. (sat next to|near|around|with|taught by|seeing|exposed to) (that|them|those|a gay|gay|a trans|trans|two mums|two dads|a lesbian|a muslim|muslims|those people|these people|people like that)' },
  { pattern: '(keep|kept|keeping) (him|her|them|that|those|these|the gays|gays|trans|it) (away|off) .. (little boys|little girls|the boys|the girls|our kids|our children|my kids|the kids|children|kids|young boys)' },
  { pattern: "(nobody|no one|noone|no-one) (wants|needs|asked for) (your|their|his|her|that) (sort|kind|lot|type)" },
  { pattern: '(disabled|sen|special needs|autistic|adhd|send) (kids|children|pupils|ones) (should|need to|belong|ought to) (be|go) (in|to) (a|their own)? (special|separate|different|another) (school|schools|unit|class|classes)' },
  { pattern: '(never going to|never gonna|wont|won\'t|will never) (amount to|be) (anything|much|worth)', needsGrievance: true },
  { pattern: '(should|ought to|need to|needs to|can) (go|stay|be) (to|in|with) (their own|his own|her own) (kind|sort|schools|school|people|country)' },
  { pattern: '(why|how come) (does|do|did|has|have|is|are) .. (need|hire|hired|employ|employed|get|got|have|has|appoint|appointed) (a|an|another)? (polish|foreign|muslim|black|gay|female|woman|women|trans|romanian|indian|pakistani|nigerian|african|asian|immigrant|disabled|lesbian) (teacher|teachers|head|headteacher|head teacher|ta|staff|man|woman|bloke|one)' },
  { pattern: '(put|get|got|have|hire|appoint|appointed) (a|another)? (woman|women|female|gay|foreigner|foreign|muslim|black|polish|trans) (in charge|head|as head|to run|running)' },
  { pattern: '(what next|whats next|what\'s next) .. (sharia|burkas|burqas|mosque|halal|prayer mats|arabic)' },

  // Gay men cast as camp insults ("raging queer", "raving queen") or as a danger to boys.
  { pattern: '(raging|raving|flaming|screaming|bloody|fucking|massive|total|proper) (queer|queen|poof|homo|fairy|woofter|nancy boy)' },
  // A smear that is a slur in itself.
  { pattern: 'taqiyya' },
  { pattern: '(that sort|his sort|her sort|their sort|that type|his type|their type|their kind|his kind|that kind) .. (around|near|alone with|with|teaching|in charge of) (little|young|teenage|our|the)? (boys|girls|kids|children|lads)' },
  { pattern: '(lipstick|make up|makeup|a dress|a skirt|heels|nail varnish) on a (fella|bloke|man|lad|guy)' },
  // A trans child cast as a cult's recruit: "it's a cult and the school are the recruiters".
  { pattern: '(now a girl|now a boy|identifies as|calling himself|calling herself|wants to be a girl|wants to be a boy|thinks hes a girl|thinks shes a boy|lads in skirts|boys in skirts|gender ideology|trans) ... (cult|child abuse|recruiters|recruiting|contagion|brainwashing|brainwashed|indoctrination|indoctrinating|mental illness|a mental disorder|grooming)' },
  // The dog whistle: "the school has gone very 'diverse' lately, if you know what I mean".
  { pattern: '(diverse|multicultural|foreign|colourful|vibrant|enriched|international) .. (if you know what i mean|you know what i mean|know what i mean|if you get my drift|if you catch my drift|wink wink|nudge nudge)' },
  // Same-sex parents cast as harm: "two men raising a child is abuse", "that's not a family".
  { pattern: '(two (men|dads|blokes|mums|women)|same sex (parents|couple|couples|marriage|families)|gay (parents|couple|couples|dads|mums)|she (has|s got|has got) a wife|he (has|s got|has got) a husband|married to his husband) ... (abuse|child abuse|not a family|an experiment|disgusting|unnatural|not natural|not normal|not right|sick|poor kid|poor child|poor kids|shouldnt be allowed|should not be allowed|brainwash)' },
  // Disability as a con or an excuse: "ADHD is just bad parenting", "blue badge holders are all on the fiddle".
  { pattern: '(adhd|autism|autistic|dyslexia|dyspraxia|sen|send) (is|are|diagnosis|diagnoses) (just|only|basically|all|nothing but)? (bad parenting|an excuse|excuses|made up|a myth|not real|a con|fake|a fad|handed out like sweets)' },
  { pattern: '(blue badge holders|blue badges|on disability|disabled people|disabled folk|on pip|on dla|disability benefits|disabled) ... (on the fiddle|fiddling|scroungers|scrounging|parasites|fakers|faking it|skivers|work shy|workshy|leeches|aye right)' },
  // Faith mocked by trope: "tea towel on his head", priests kept from altar boys, a Jew "that's why the money goes".
  { pattern: '(tea towel|teatowel|bog roll|nappy|tablecloth|bedsheet) on (his|her|their) (head|heads)' },
  { pattern: '(priest|priests|vicar|vicars|clergy) .. (away from|near|around|alone with) (the)? (altar boys|choir boys|choirboys|little boys|boys)' },
  { pattern: '(jew|jews|jewish) ... (thats why|that explains|explains|follow the money|money talks|👃|money grabbing|counting the|get (his|her|their) way)' },
  { pattern: '(women|woman|girls|females|lasses) (know|knows) (nothing|nowt|jack|sod all|fuck all|bugger all|f all) (about)' },
  // A woman, a Black or gay colleague said to have the job only for being one.
  { pattern: '(only reason|only got|only gets|only get|only getting) ... (s|is|are|because|cos|coz|being|shes|hes|theyre) (a woman|a female|female|black|gay|muslim|asian|disabled|trans|foreign|a lesbian|a foreigner|indian|pakistani)' },
  { pattern: '(shes|hes|she is|he is|theyre|they are|being) (a woman|female|black|gay|muslim|asian|disabled|trans|a lesbian|a foreigner) ... (tick a box|tick the box|ticking boxes|ticks a box|diversity hire|a quota|the quota|token)' },
  { pattern: '(confused|doesnt know|does not know|dont know|not sure) (about)? (what|whether|if) (they|he|she|it) (are|is|is a|wants to be)', needsGrievance: true },
  { pattern: '(they|them|these people|those people|that lot) (breed|breeding) like (rats|rabbits|flies|vermin|cockroaches)' },
  { pattern: '(heathens|infidels) (taking over|everywhere|ruining|coming over|moving in)' },
  // Slurs: abuse wherever they appear.
  ...SLURS,
  ...GROUP_INSULTS,
  { pattern: `(go|going|should go|send them|send him|send her|fuck off|get) back (to|where) (your|ur|their|his|her|where) .. (own country|country|came from|come from|belong|jungle|${HOMELANDS})`, falsePositives: [VISITING_FAMILY] },
  { pattern: '(bloody|fucking|fucken|typical|dirty|filthy|damn|stinking|stinky|smelly|thieving|bunch of|load of|overrun with|overrun by|swarming with|flooded with) ' + GROUP },
  { pattern: `${GROUP} (are|r|is|were|all) (just)? (a|an|all|such|so|bloody|fucking)? ${DEROGATORY}` },
  { pattern: `${GROUP} (should|shouldnt|should not|need to|needs to|must|ought to) (go back|be sent back|be deported|be kicked out|be banned|be locked up|be shot|not be allowed|be put in|be segregated|be kept away|be separate|stay away|go)` },
  { pattern: "(don't|dont|do not|doesn't|doesnt|does not|shouldn't|shouldnt|should not) (belong|be allowed|be) (here|in this country|in our country|in britain|in england|in the uk|in a normal school|in mainstream|in our school|in a proper school|in with normal kids|around normal kids|with normal kids|near our kids)" },
  { pattern: '(normal|proper|real|regular) (kids|children|pupils) (not|instead of|unlike|shouldn\'t have to|shouldnt have to|shouldn\'t be|shouldnt be|should not have to|should not be) .. (sen|special needs|autistic|disabled|retards|weirdos|freaks|them|those)' },
  { pattern: '(sen|special needs|autistic|disabled|adhd|downs|down syndrome|learning disabled) (kids|children|pupils|lot|ones) .. (ruining|ruin|ruined|dragging down|drag down|holding back|hold back|shouldnt be|should not be|shouldn\'t be|dont belong|don\'t belong|belong in a|need locking up|should be locked up|are a drain|are freaks|are weirdos|are animals|are feral)' },
  { pattern: '(woman|women|female|girl|girls|gay|lesbian|muslim|black|foreign|polish|asian|indian|pakistani|african|jewish|trans|disabled|autistic|fat|old) (head|teacher|headteacher|head teacher|headmistress|headmaster|teachers|staff|woman|man|lad|kid) (cant|can\'t|cannot|can not|shouldnt|should not|shouldn\'t|doesnt belong|does not belong|is a disgrace|are a disgrace|has no place|have no place|never should|should never|shouldnt be allowed|should not be allowed) (be|have been|run|teach|in|be allowed|do|lead|manage|handle)?' },
  { pattern: '(what do you expect|what else do you expect|thats what you get|that\'s what you get|what did you expect) (from|with|when you (have|get|hire|employ)) (a|an)? (woman|women|foreigner|foreigners|muslim|muslims|immigrant|immigrants|gay|gays|black|blacks|polish|pakis|paki|tranny|asian|asians|female|disabled|cripple)' },
  { pattern: '(typical|bloody|fucking) (woman|women|female|foreigner|muslim|polish|gay|black|immigrant|asian|jew|jewish|gypsy|traveller|romanian|albanian|indian|pakistani|nigerian|african|chinese|tranny|feminist|lesbian|autistic)', falsePositives: ['typical (woman|women|female) (in|of|to) (stem|science|tech|history)'] },
  { pattern: '(gay|lgbt|lgbtq|trans|pride|woke|homosexual|transgender) (agenda|propaganda|brainwashing|indoctrination|nonsense|rubbish|crap|shite|shit|filth|perversion|garbage)' },
  { pattern: '(shoving|ramming|forcing|pushing|shove|ram|force|push) (it|gay|lgbt|this|that|their agenda|homosexuality|trans stuff|that stuff|their lifestyle|religion|islam) down (our|their|my|the kids|childrens|kids) (throats|throat)' },
  { pattern: '(taking over|overrun|overran|invaded|invading|flooded|swamped|swamping) (by|with)? (immigrants|foreigners|muslims|them|pakis|poles|romanians|migrants|refugees|eastern europeans|asylum seekers)', falsePositives: ['(overrun|invaded|flooded|swamped) (by|with)? them (slugs|ants|mice|rats|wasps|flies|nits|headlice|head lice)'] },
  { pattern: '(hate|hates|hated|despise|despises|cant stand|can\'t stand) (muslims|immigrants|foreigners|pakis|poles|gypsies|travellers|blacks|jews|gays|lesbians|trans people|trannies|asians|refugees|migrants|disabled people|retards|queers|homosexuals|the gays|romanians|eastern europeans)' },
  { pattern: '(speak|talk) (english|proper english) (or|and) (go|get|fuck off|leave|piss off)' },
  { pattern: '(their|his|her|your) (kind|sort|type|lot) (are|is|should|shouldnt|should not|dont|don\'t|do not|aren\'t|arent|are not) .. (welcome|belong|allowed|be allowed|be here|wanted|scum|animals|the problem|trouble|dirty)', falsePositives: ['(kind|sort|type) (are|is) (welcome|wanted) (here|at)'] },
  // The conspiracy trope, named; debunked or taught about, it is not used.
  { pattern: 'great replacement', falsePositives: ['(great replacement) (conspiracy theory|myth|is a conspiracy|is a lie|is nonsense|is racist)', '(debunk|debunked|debunking|about|against|the myth of|the lie of) (the)? great replacement'] },
];

/** Reporting that a slur was used against a child is not hate: "he was called a …", "they called her a …". */
const REPORTED = '(was|were|been|got|gets|get|being|keeps getting|kept getting|keep getting|is being) (called|labelled|labeled|named)';
const CALLED_CHILD = '({call}|{label}|{shout}|{yell}|{scream}) (at)? (@child|me|us|#name|him|her|them|my son|my daughter) (a|an)?';

/** Structural hate: a generalisation about a protected group with a negative predicate, from the definition. */
export const HATE_STRUCTURES: readonly Phrase[] = [
  { pattern: '(those|these|them|that lot of|all|all the|all these|all those|all them|all of the|bloody|fucking|typical|people like|your|ur|their|dirty|filthy|thieving) @group (kids|children|families|people|parents|lot|mums|dads|lads|ones|teachers|staff|pupils|men|women)? (are|is|s|re|all|just|will|should|they|theyre|they are|lot)? .. @hate-predicate', falsePositives: ['(taking|take|took) over (the|a|his|her|their|at|from|as|for|in|when)', 'holding back (tears|the tears|a laugh|laughter)', 'all the same (age|size|height|class|year|colour|team|group|as|to me)', 'thick as thieves'] },
  { pattern: '@group (kids|children|families|people|parents|lot|mums|dads|lads|ones|teachers|staff|pupils|men|women|teacher|person|man|woman|mum|dad|family|kid|child|bloke|lad|girl|boy|ta|head|parent)? (are|is|s|re|all|just|will|should|they)? @hate-predicate', falsePositives: ['(taking|take|took) over (the|a|his|her|their|at|from|as|for|in|when)', 'holding back (tears|the tears|a laugh|laughter)', 'all the same (age|size|height|class|year|colour|team|group|as|to me)', 'thick as thieves', '(polish|indian|chinese|foreign|special needs|sen|send|lgbt|trans) (shop|shops|food|restaurant|takeaway|school|club|unit|support|funding|team|lessons|assembly|group|resources)'] },
  { pattern: '(people like (him|her|them|that|you)|their lot|that lot|your lot|his lot|her lot|their kind|your kind|his kind|her kind|their sort|your sort) (are|is|s|re|all|just|will|should|they)? .. (should go back|should be deported|dont belong|do not belong|shouldnt be allowed|should not be allowed|cant be trusted|are animals|are vermin|are parasites|are scum|are dirty|are thieves|are all the same|breed like|stink|go back to|should go home|need sending back|need deporting|want deporting)', needsGrievance: true },
  { pattern: '(not|isnt|arent|wasnt|werent|is not|are not|was not|were not|s not|re not) (even)? (proper|real)? (english|british) (is (he|she|it)|are they)?', falsePositives: ['(english|british) (lesson|lessons|homework|teacher|class|test|exam|book|books|literature|language|grammar|spelling|is not|isnt|results|set|group|citizen|citizenship|passport)', '(not|isnt|is not) (english|british) (first|as (a|their|his|her) first)'], needsGrievance: true },
  { pattern: '(should|need to|needs to|must|could at least|should at least|can|cant even|could) (learn|bloody learn|fucking learn) (to speak)? (proper)? (english|the language) (or|if|before|then|first|like the rest|when (they|he|she) (come|comes|came|move|moved)|in this country|if (they|he|she) want)', needsGrievance: true },
  { pattern: '(is|are|s|re|you|ur|youre|hes|shes|theyre|looks|look|acts|act|acting|proper|fucking|bloody) (a bit|a little|proper|fucking|bloody|completely|totally|so|such a|a)? (special needs|sped|speds|mong|mongy|spacker|spacca|spakka|spaca|retardo|tard|window licker|spaz|spazzy|spacko|spacky)', falsePositives: SEN_DESCRIBED },
  { pattern: '(poofy|poofter|poncey) (drama|pe|music|art|dance|english|new)? (teacher|teachers|lad|lads|boy|boys|man|men|bloke|blokes|dad|dads|nonsense|stuff|git|gits)' },
  { pattern: '(fucking|bloody|you|hes a|shes a|what a|such a|dirty|filthy|little|fat) (queer|queers|fairy|fairies|pansy|nancy boy|poofy|homo|dyke|lezzie|lezzy|he she|shim|it)', falsePositives: ['(little|tooth) (fairy|fairies)', 'fairy (cake|cakes|lights|costume|wings|tale|tales|dust|garden|door)', '(you|what a|such a) (it)', '(you|what a|such a) (queer) (film|theory|studies)'] },
  { pattern: "(im|i am|i'm|not being|i'm not being|im not being) (not)? (racist|being racist|homophobic|sexist|transphobic|a racist|a bigot) (but|however)", needsGrievance: true },
  { pattern: '(country|town|area|school|schools|britain|england|this place|our schools|our town|our area|estate|classroom|playground) (is|are|s|has been|have been|being|getting) (being)? (taken over|overrun|flooded|swamped|invaded|colonised|full of them)', falsePositives: ['(overrun|flooded|swamped|invaded) (by|with) (mice|rats|nits|head lice|headlice|ants|wasps|flies|slugs|water|paperwork|emails|work|covid|bugs|sickness|norovirus)'] },
  { pattern: '(priority|preference|special treatment|treated better|first dibs|put first|favoured) (over|than|before|ahead of) (english|british|white|our|local|normal) (kids|children|families|people|pupils)' },
  { pattern: '(white|english|british) (kids|children|people|families|pupils) (are|being|feel|now)? (the minority|a minority|outnumbered|pushed out|forgotten|discriminated against|second class)', needsGrievance: true },
  { pattern: '(lesbian|lesbians|gay|gays|trans|queer|homosexual|homosexuals|muslim|muslims|two mums|two dads|gay parents|same sex parents|same sex couple) ... (disgusting|sick|not right|unnatural|not natural|vile|an abomination|not normal|confusing (for|our) (kids|children)|shouldnt be allowed|should not be allowed|wrong|perverted|filth)', needsGrievance: true, falsePositives: ['(gay|trans|muslim|lesbian) .. (bullying|abuse|hate|hatred|slurs|comments|remarks) .. (is|was|are|were)? (disgusting|sick|not right|vile|wrong)', '(not|nothing) wrong'] },
  { pattern: '(gender ideology|trans ideology|gender nonsense|trans nonsense|alphabet people|alphabet mafia|alphabet brigade|rainbow brigade|rainbow mafia|woke brigade|troon|troons|trannys)' },
  { pattern: '(boys|lads|men|blokes|grown men) (in|wearing) (dresses|skirts|girls toilets|the girls toilets|girls changing rooms|the girls changing rooms|make up|lipstick)', needsGrievance: true },
  { pattern: "(he|she|hes|shes|he's|she's|they|theyre) (is|s|are)? (still)? (a|just a)? (boy|girl|man|woman|bloke|lad) (whatever|no matter|not a|pretending|dressed up|in a dress|in a skirt|end of)", needsGrievance: true },
  { pattern: '(jews|jewish|the jews|zionists) .. (control|run|own|controls|runs|owns) (everything|the media|the banks|the world|the council|the government|it all)' },
  { pattern: '(catholic priests|priests|imams|rabbis|vicars) (are|is|all)? (all)? (nonces|paedos|paedophiles|kiddie fiddlers|perverts|groomers|terrorists)' },
  { pattern: '(stink|stinks|stank|smell|smells|smelt|reek|reeks|stinking|smelling) (of|like) (curry|garlic|kebab|kebabs|spices|onions and curry)' },
  { pattern: '(looks like|look like|looked like|dressed like|dressed as|walking round like) (a|the)? (walking|moving|big|black|human)? (letterbox|letter box|letterboxes|bin bag|binbag|bin bags|ninja|ninjas|terrorist|suicide bomber|bank robber)', falsePositives: ['dressed (like|as) (a|the)? (ninja|ninjas) (for|on|at|turtle|turtles)', '(ninja|ninjas) (turtle|turtles|warrior|warriors)'] },
  { pattern: '({hate}|{despise}|cant stand|can\'t stand|sick of|fed up of|fed up with) (all)? (the|these|those|them)? @group', falsePositives: ['(why|how come|the reason) .. (hated|despised) (all)? (the|these|those)? @group', '(hate|hates) (the|those|these)? (girls|women) (changing|toilets|football|team|uniform|pe|skirts)', '(sick of|fed up of|fed up with) (the)? (girls|women) (changing|toilets|football|team|uniform|pe|skirts|bickering|arguing|falling out|drama)'] },
];

/** Slurs with their reported readings ("he was called a …", "the word …") as known false positives. */
export const SLURS_REPORTED: readonly Phrase[] = SLURS.map((phrase) => ({
  ...phrase,
  falsePositives: [
    ...(phrase.falsePositives ?? []),
    `${REPORTED} (a|an)? ${phrase.pattern}`,
    `${CALLED_CHILD} ${phrase.pattern}`,
    `(the word|the slur|the term|words like|word like|slurs like|names like|called it) (${phrase.pattern})`,
  ],
}));

export const HATE_ALL: readonly Phrase[] = [...HATE.map((phrase) => SLURS_REPORTED[SLURS.indexOf(phrase)] ?? phrase), ...HATE_STRUCTURES];

/**
 * Hate said without a slur is a group named beside a hostile generalisation about it ("that religion
 * is basically devil worship", "you know what they're like"). The hate rule pairs the two lists
 * within a sentence and its neighbour; neither list means anything on its own.
 */
export const IDENTITY: readonly Phrase[] = [
  { pattern: '(muslim|muslims|moslem|moslems|mozlem|mozlems|islam|islamic|mosque|mosques|halal|eid|ramadan|hijab|hijabs|headscarf|headscarves|burka|burkas|burqa|niqab|turban|turbans|jew|jews|jewish|synagogue|holocaust|hindu|hindus|sikh|sikhs|catholic|catholics)', falsePositives: ['(eid|ramadan|diwali|hanukkah) (party|celebration|assembly was lovely|mubarak)'] },
  { pattern: '(black|blacks|asian|asians|african|africans|nigerian|nigerians|somali|somalis|pakistani|pakistanis|indian|indians|bangladeshi|chinese|polish|pole|poles|romanian|romanians|roma|albanian|albanians|lithuanian|bulgarian|gypsy|gypsies|gipsies|traveller|travellers|travelling community|traveller community|gypsy community|foreigner|foreigners|foreign|immigrant|immigrants|migrant|migrants|refugee|refugees|asylum seeker|asylum seekers|eastern european|eastern europeans)', falsePositives: ['(black|polish) (shoes|trousers|tights|skirt|jumper|blazer|coat|uniform|socks|bag|paint|pen|pens|friday|belt|hair bobble|nail)', 'black (bike|bikes|bmx|scooter|car|cars|van|vans|cat|dog|lab|labrador|jacket|hoodie|hat|cap|carrera|range rover|audi|bmw|golf|fiesta|corsa|transit)', '(shoe|nail|floor|furniture) polish', 'black (and|or) (white|grey|blue|navy)', 'black (death|plague|cab|cabs|eye|eyes|hole|pudding|forest|coffee|tie|bin|bins|ice|mould|widow|sheep|market|country|out|board|currant|currants)', '(pole) (vault|vaulting|position|dancing|star)', 'chinese (takeaway|new year|food|lantern|lanterns|restaurant)', 'indian (takeaway|food|restaurant|summer|head massage)', 'foreign (language|languages|trip|holiday|exchange|office|exchange trip|travel)', '(traveller|travellers) (cheques|insurance|card|points|club|guide)', 'refugee (week|appeal|donations|charity|collection)'] },
  { pattern: '(gay|gays|lesbian|lesbians|homosexual|homosexuals|homosexuality|bisexual|bisexuals|queer|queers|trans|transgender|transgendered|transsexual|non binary|nonbinary|they them|pronouns|two mums|two dads|same sex|rainbow|pride flag|lgbt|lgbtq|drag queen|drag queens)', falsePositives: ['(trans) (pennine|atlantic|siberian|fat|fats)', 'rainbow (class|classroom|room|group|day|cake|jumper|club|fish|bridge|unicorn|colours|colors|trail)', 'pride (of|in|and joy)'] },
  { pattern: '(women|woman|female|females|girls|ladies)', falsePositives: ['(ladies|girls|women|men) (toilets|toilet|loo|loos|football team|netball team|team|night|day|choir|changing)'] },
  { pattern: '(disabled|disability|disabilities|wheelchair|wheelchairs|deaf|blind|autistic|autism|non verbal|nonverbal|dyslexic|dyslexia|adhd|downs|down syndrome|downs syndrome|special needs|sen kids|send kids|learning difficulties|mental health)', falsePositives: ['(blind) (spot|date|eye|panic|corner)', '(sworn|swore|swear|swears|swearing) blind', '(deaf) (ears)', '(disabled) (toilet|parking|bay|space|access|loo|lift)', '(downs) (road|lane|street|avenue|close|way|park|drive|school|farm|estate)'] },
];

export const HOSTILE: readonly Phrase[] = [
  { pattern: "(you know|we all know|everyone knows|we know) (what|how) (they|theyre|their lot|them lot|those people|these people|that lot) (are|re|is)? (like)?" },
  { pattern: "(they|theyre|them|their lot|that lot|those people|these people|people like (that|them|him|her)) (always|all|never|just|only|basically) .. (do|are|want|take|lie|steal|cause|here for|breed|get|think|stick)", falsePositives: ["(they|theyre) (always|all|just) (so|really|very)? (lovely|kind|helpful|brilliant|amazing|welcoming|friendly|great|fab|good)"] },
  { pattern: "(they|them|theyre|they're|their lot|that lot) (always do|always are|all do|all are|are all the same|all the same|only here for|are only here for|here for the)" },
  { pattern: "(cant|cannot|never|wouldnt|dont) (trust|be trusted) (them|those people|these people|that lot|people like)" },
  { pattern: "(their|his|her) own (schools|kind|country|countries|sort|people|areas)" },
  { pattern: "(not|isnt|its not) (natural|normal|right in the head)" },
  { pattern: "(unnatural|abnormal|an abomination|abomination|a sin|sinful|against god|against nature|devil worship|the devil|mentally ill|a mental illness|mental illness|a disorder|sick in the head|perverts|pervert|perverted|filth|filthy|degenerate|freak|freaks|weirdo|weirdos)" },
  { pattern: "(thieving|dirty|scrounging|scroungers|scrounger|spongers|sponging|lazy|faking it|fakers|extremists|extremist|terrorists|terrorist|savages|animals|vermin|parasites|cockroaches|rats)" },
  { pattern: "(breed|breeding|breeds) like" },
  { pattern: "((got|carry|carrying|carries|with|bring|brings|bringing) (knives|a knife|blades|a blade)|death cult|cult of death|(look|looks|looking) after their own|(running|run|control|controlling|own|owning) (everything|the banks|the media|the world|the country|hollywood))" },
  { pattern: "(take|taking|took|takes|taken) over", falsePositives: ["take over (the|a|from|as|running|at|when|while)"] },
  { pattern: "(bow|bowing) down to" },
  { pattern: "(this is|its|it is) (england|britain|a christian country|a christian school|our country)" },
  { pattern: "go back (to|home|where)", needsGrievance: true },
  { pattern: "(plenty of|there are|there's|theres|loads of) (flights|planes|boats|ferries) (home|back)" },
  { pattern: "(should|need to|needs to|ought to|want to) be (sectioned|locked up|banned|deported|sent back|kept away|kept out|segregated|put in a home|in a home|in a special school|in their own school|separated)" },
  { pattern: "someone normal" },
  { pattern: "(normal|proper|real|british|english|our own|white) (people|families|kids|children|teachers|teacher|staff)" },
  { pattern: "(nothing against (them|him|her|it)|not racist but|no offence but|not being funny but|im not homophobic but|not homophobic but|not transphobic but|im not sexist but|not sexist but)" },
  { pattern: "(different attitude|different values|different culture|not how we do things|doesnt understand british|dont understand british|not british|not english|wont integrate|dont integrate|refuse to integrate)" },
  { pattern: "(its|it is) (biology|science)" },
  { pattern: "how (they|theyre|their brains|they are) .. (built|wired|made)" },
  { pattern: "(no|dont have the|havent got the|got no) backbone" },
  { pattern: "(useless|hopeless|rubbish|crap|cant|cannot|shouldnt) (at|be)? (football|sport|sports|pe|games|driving|drive|park|parking|maths|science|physics|engineering|leading|lead|leadership|in charge|discipline|teaching|teach|running|run)", needsGrievance: true, falsePositives: ["(i|im|i am|me|my|we) .. (useless|hopeless|rubbish|cant) (at)? (football|driving|drive|park|parking|maths)"] },
  { pattern: "(pandering|pander) to" },
  { pattern: "(shouldnt|should not|not) be (taught|pushed|promoted|promoting|shown|allowed near)" },
  { pattern: "(keep|kept|keeping|stay|stays) away from" },
  { pattern: "lock up (your|ur)" },
  { pattern: "lock (your|ur) (sheds|shed|doors|door|bikes|bike|cars|car|valuables|houses|house|homes|windows|gates|kids|daughters|sons|wallets|purses)" },
  { pattern: "know (your|their|his|her) place" },
  { pattern: "(perversion|perversions|overrun|swamped|invaded|wrong country|not one of us)" },
  // Stereotypes of who pays, owns and runs: "not one of them pays a penny of tax", "who actually owns the banks".
  { pattern: "(never|dont|doesnt|not one of them|none of them|not a single one) .. (pay|pays|paid|paying) .. (tax|taxes|their way|a penny)" },
  { pattern: "who (really|actually|secretly)? (owns|own|controls|control|runs|run) the (banks|media|world|press|money|government)" },
  { pattern: "(grooming|groomers|agenda|indoctrination|indoctrinating|brainwashing|brainwashed|propaganda)" },
  { pattern: "(religion|faith|culture) of (violence|hate|hatred|terror|death)" },
  { pattern: "(backwards|backward|primitive|medieval|stone age) (religion|culture|people|country|lot)" },
  { pattern: "(grow|grows|growing) up (a|to be a) (freak|weirdo|poof|gay|wrong|confused)" },
  // Stereotypes said of a group named beside them; "bent as a nine bob note" is also said of a crook.
  { pattern: '(bent|queer) as a (nine bob|9 bob|two bob|2 bob|three bob|3 bob|butchers hook|butcher s hook) (note|bit)?' },
  { pattern: "(these people|those people|their lot|that lot|them lot|people like (that|them)) (lie|lies|steal|cheat|scrounge|breed|smell|stink|cant be trusted|lie to your face)" },
  { pattern: "(smelly|stinking|stinky|dirty|filthy) (lot|bunch|people|buggers)" },
  { pattern: "(always|all) like (this|that)" },
  { pattern: "(only|just) (there|here) to look (pretty|nice|good)" },
  { pattern: "(should be|belongs|belong|back) (in the kitchen|at home|at the sink|doing (nails|hair|the ironing|the cooking|the washing))" },
  { pattern: "(confused|attention seeking|attention seeker|attention seekers|just a phase|a phase)" },
  { pattern: "(is|isnt|its|it s) catching" },
  { pattern: "(basically|just|like) a (vegetable|cabbage)" },
  { pattern: "(slow|thick|retarded|backward) (ones|kids|lot|children)" },
  { pattern: "(wasted|a waste) on (someone|them|people|kids|children|a kid|a child) (who|like)" },
  { pattern: "(born here|born and bred here|were here first|look after our own|the rest of us|two tier|two-tier)" },
  { pattern: "(theyll|they will|they ll) be running (the place|the country|the school|everything|the show)" },
  { pattern: "(shouldnt|should not) (have|be) (hired|employed|appointed|allowed to teach|a teacher)" },
];

/** A school's budget line, quoted because the parent asks what it covers: "£1,900 on 'enrichment'". */
const ENRICHMENT_SPENT = '(on|for|towards|under|called|labelled|listed as) (enrichment|enriching)';
/**
 * A word for a group or for who someone is, put in scare quotes as a sneer: the school got "diverse", a
 * teacher with a "husband", a child who is now "they". Hate only when quoted so (facts.ts); typed plainly
 * these words say nothing.
 */
export const SNEERED: readonly Phrase[] = [
  { pattern: '(vibrant|diverse|diversity|enriched|enrichment|enriching|multicultural|cultural|culture|cultures|neurodivergent|neurodiverse|neurodiversity|they|them|husband|wife|partner|girl|boy|woman|lady|man|refugee|refugees|asylum seeker|asylum seekers|children|kids|trans|non binary|nonbinary|identifies|pronouns|gender|faith|new families|locals|british|english)', falsePositives: [ENRICHMENT_SPENT] },
];
