/**
 * Occupations news writes before a name ("the rapper Kanye West", "novelist Jane Doe"): both
 * titles and strong titles.
 */
const OCCUPATIONS: readonly string[] = [
  'rapper', 'singer', 'songwriter', 'actor', 'actress', 'author', 'novelist', 'poet', 'artist', 'musician',
  'comedian', 'filmmaker', 'playwright', 'composer', 'journalist', 'activist', 'historian', 'meteorologist',
  'virologist', 'climatologist', 'sociologist', 'psychologist', 'astronaut',
];

/**
 * Title words that only qualify another ("U.S. Attorney", "Federal Judge", "Acting Director"):
 * titles, but a name is not split after them alone ("the U.S. Federal Reserve").
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'vice', 'prime', 'general', 'special', 'state', 'county', 'city', 'district', 'u.s.', 'federal', 'former',
  'acting', 'interim', 'associate', 'assistant', 'senior', 'financial', 'operating', 'technology', 'medical',
  'health', 'police', 'fire', 'school', 'ranking', 'majority', 'minority', 'crown', 'team', 'council', 'board',
  'cabinet', 'opposition', 'shadow', 'presiding', 'electoral', 'returning', 'information', 'scientific',
  'economic', 'legal', 'investment', 'marketing', 'nursing', 'security', 'veterinary', 'commercial', 'compliance',
  'digital',
];

/**
 * Titles and roles written before a person's name ("Sen. Jane Doe", "Police Chief John Roe").
 * Lower-cased; multi-word titles are matched word by word from the right, so "police chief"
 * needs only "chief" here plus "police" from TITLE_MODIFIERS.
 */
export const PERSON_TITLES: readonly string[] = [
  'president', 'gov.', 'gov', 'governor', 'regent', 'solicitor', 'lt.', 'sen.', 'sen', 'senator', 'rep.', 'rep', 'representative',
  'congressman', 'congresswoman', 'mayor', 'councilmember', 'councilman', 'councilwoman', 'councillor', 'alderman',
  'commissioner', 'secretary', 'minister', 'chancellor', 'ambassador', 'speaker', 'leader', 'whip',
  'attorney', 'judge', 'justice', 'magistrate', 'prosecutor', 'sheriff', 'chief', 'officer', 'deputy',
  'detective', 'sgt.', 'sergeant', 'lt', 'lieutenant', 'capt.', 'captain', 'col.', 'colonel', 'maj.', 'major',
  'adm.', 'admiral', 'gen.', 'cmdr.', 'commander', 'agent', 'inspector', 'trooper', 'corporal', 'cpl.', 'pvt.',
  'dr.', 'dr', 'doctor', 'prof.', 'professor', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'mx.', 'sir', 'dame',
  'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rev.', 'reverend', 'father', 'sister', 'rabbi',
  'imam', 'bishop', 'archbishop', 'cardinal', 'pastor', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'executive', 'director', 'manager', 'superintendent', 'principal', 'dean', 'provost',
  'coach', 'trainer', 'founder', 'co-founder', 'owner', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst',
  'economist', 'editor', 'reporter', 'correspondent', 'clerk', 'treasurer', 'auditor', 'controller', 'comptroller',
  'assemblyman', 'assemblywoman', 'assemblymember', 'delegate', 'trustee', 'member', 'head', 'coordinator',
  'supervisor', 'physician', 'nurse', 'researcher', 'scientist', 'epidemiologist', 'first', 'lady', 'emir',
  'sheikh', 'premier', 'envoy', 'czar', 'recorder', 'assessor', 'coroner', 'registrar', 'marshal',
  'cllr', 'cllr.', 'councilor', 'alderwoman', 'selectman', 'selectwoman', 'legislator', 'lawmaker', 'lawyer',
  'strategist', 'pollster', 'lobbyist', 'adviser', 'advisor', 'aide', 'candidate', 'nominee', 'mp', 'mep',
  'td', 'msp', 'mla', 'mca', 'mpp', 'taoiseach', 'tánaiste', 'tanaiste',
  'collector', 'pitcher', 'quarterback', 'guard', 'forward', 'center', 'striker', 'goalkeeper',
  'midfielder', 'defender',
  ...TITLE_MODIFIERS,
  ...OCCUPATIONS,
];

/** Titles that mark a person on their own, even alone before a surname ("Dr. Patel", "Mr. Smith"). */
export const STRONG_TITLES: readonly string[] = [
  'president', 'gov.', 'governor', 'sen.', 'senator', 'rep.', 'representative', 'congressman', 'congresswoman',
  'mayor', 'councilmember', 'councilman', 'councilwoman', 'judge', 'justice', 'sheriff', 'chief', 'detective',
  'sgt.', 'sergeant', 'lt.', 'lieutenant', 'capt.', 'captain', 'col.', 'gen.', 'adm.', 'dr.', 'dr', 'prof.',
  'professor', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'rev.', 'reverend', 'rabbi', 'imam', 'bishop', 'pastor',
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'coach', 'superintendent', 'commissioner', 'secretary',
  'minister', 'ambassador', 'speaker', 'agent', 'officer', 'director', 'executive', 'manager', 'attorney',
  'prosecutor', 'principal', 'dean', 'founder', 'member', 'deputy', 'inspector', 'trooper', 'pope', 'king', 'queen',
  'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'emir', 'sheikh', 'premier', 'chancellor', 'clerk',
  'treasurer', 'auditor', 'comptroller', 'assemblyman', 'assemblywoman', 'assemblymember', 'trustee', 'economist',
  'analyst', 'spokesman', 'spokeswoman', 'spokesperson', 'cllr', 'cllr.', 'councilor', 'councillor', 'alderman',
  'alderwoman', 'selectman', 'selectwoman', 'legislator', 'mp', 'mep', 'taoiseach', 'tánaiste', 'tanaiste',
  'recorder', 'assessor', 'coroner', 'registrar', 'marshal',
  ...OCCUPATIONS,
];

/** Titles implying gender, used for pronoun resolution. */
export const FEMALE_TITLES: readonly string[] = ['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'queen', 'princess', 'dame', 'lady', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman', 'assemblywoman', 'alderwoman', 'selectwoman', 'sister'];
export const MALE_TITLES: readonly string[] = ['mr.', 'mr', 'king', 'prince', 'sir', 'lord', 'congressman', 'councilman', 'chairman', 'spokesman', 'assemblyman', 'alderman', 'selectman', 'father'];
