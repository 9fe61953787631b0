/**
 * Frequent English words that are capitalised only because they open a sentence or a
 * headline, or are shouted in capitals ("ZERO", "ALL"). A capitalised token found here is
 * not a name on its own.
 */
export const COMMON_WORDS: string = `
a about above according across after afterward afterwards again against ago ahead all almost alone along already also
although always am among an and another any anyone anything anyway anywhere are around as at away back be became because
become becomes been before behind being below beneath beside besides between beyond both but by can cannot could despite
did do does doing done down during each either else elsewhere enough even ever every everyone everything everywhere except
few first for former from further had has have having he her here hers herself him himself his how however i if in inside
instead into is it its itself just last later least less like likely many may maybe me meanwhile might more moreover most
mostly much must my myself near nearly neither never nevertheless next no nobody none nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out outside over overall own per perhaps please
quite rather really same several she should since so some somebody someone something sometimes somewhere soon still such
than that the their theirs them themselves then there thereafter therefore these they this those though through throughout
thus to today tonight together tomorrow too toward towards under unless unlike until up upon us very via was we well were what
whatever when whenever where whereas wherever whether which while who whoever whole whom whose why will with within without
would yes yesterday yet you your yours yourself yourselves
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter
published updated share related support subscribe sign read watch click photo video advertisement image credit file copyright
said says say told added wrote asked called according noted warned argued claimed added new old big small good bad best worst
great high low long short early late recent last next final full free open public private local national federal state
states city cities county government officials official police people residents leaders leader members member students
families children parents workers voters critics supporters analysts experts investors customers users fans players
breaking update updates exclusive opinion analysis editorial live report reports news story stories more less why what how
when where who which yes no zero none everyone everybody anyone nothing end ends all any every each some many most few
make making safe again great stop now never ever always help here there look see get go come take give
tragically fortunately unfortunately still instead meanwhile indeed moreover furthermore however therefore thus also
though although while because since unless until after before during despite amid among between within without
chief general director president vice senior deputy acting interim former
mr mrs ms dr st
percent million billion trillion thousand hundred dozen
it's that's there's here's what's who's let's i'm i've i'd i'll we're we've they're they've you're don't can't won't isn't
north south east west northern southern eastern western central
neighboring neighbouring nearby
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
first second third fourth fifth sixth seventh eighth ninth tenth
he she they we i you it his her their our my your its
black white red blue green
developer developers retailer retailers lender lenders insurer insurers carmaker carmakers automaker automakers
chipmaker chipmakers drugmaker drugmakers startup startups broadcaster broadcasters regulator regulators watchdog
`;
