import type { EntityType } from '../model/extraction.js';
import { datelineOf } from './dateline.js';
import type { Candidate } from './find-candidates.js';
import { LOCATIVE_WORDS } from './data/locative-words.js';
import {
  ORG_ENDINGS,
  ROMANCE_ORG_HEADS,
  TEAM_NICKNAMES,
  TRADE_SUFFIXES,
} from './data/org-words.js';
import { LEXICON, foldKey } from './lexicon.js';
import { afterPartyLetter } from './tokenize.js';

/** What a candidate looks like on its own: a type (or null when unsure) and how sure. */
export interface Classification {
  type: EntityType | null;
  /** Backed by a gazetteer, a title, a suffix or a first name, not only by default. */
  strong: boolean;
  /** Gazetteer name when the candidate is a known place or organization. */
  canonical: string | null;
  /**
   * A lone unknown word that its context makes an organization even at a sentence start
   * ("Xinhua said ...", "Biogen shares rose"), unless it joins a fuller or known name.
   */
  orgByContext?: boolean;
}

const STORM_WORDS = new Set(['hurricane', 'hurricanes', 'typhoon', 'cyclone', 'superstorm']);
const LAW_WORDS = new Set([
  'act',
  'amendment',
  'code',
  'policy',
  'agreement',
  'accord',
  'treaty',
  'pact',
]);
const AWARD_WORDS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);
const ORG_ENDING_SET = new Set(ORG_ENDINGS);
const ROMANCE_HEADS = new Set(ROMANCE_ORG_HEADS.map(foldKey));
/**
 * Words that make a region's name a part of it rather than a body named after it ("Rural
 * Victoria", "Inner London", "Atlantic Canada").
 */
const REGION_ADJECTIVES = new Set([
  'rural',
  'regional',
  'coastal',
  'inner',
  'outer',
  'metropolitan',
  'metro',
  'upstate',
  'downstate',
  'downtown',
  'suburban',
  'urban',
  'mainland',
  'continental',
  'remote',
  'outback',
  'mid',
  'deep',
  'far',
  'atlantic',
  'pacific',
  'arctic',
  'occupied',
  'soviet',
  'imperial',
  'modern',
  'ancient',
  'medieval',
  'colonial',
  'postwar',
]);
const TEAM_NICKS = new Set(TEAM_NICKNAMES);
/** A one-letter pair joined by "&" is a department or a practice ("A&E", "R&D", "Q&A"), not a name. */
const LETTER_PAIR = /^\p{Lu}\s?&\s?\p{Lu}$/u;
const EVENT_WORDS = new Set([
  'cup',
  'open',
  'slam',
  'championship',
  'championships',
  'olympics',
  'paralympics',
]);
const NUMBERED_PARTS = new Set([
  'game',
  'week',
  'round',
  'stage',
  'leg',
  'heat',
  'match',
  'day',
  'phase',
]);
/** How US legislatures number their bills: "SB 214", "HB 1022", "H.R. 3". */
const BILL_PREFIXES = new Set(['sb', 'hb', 'ab', 'sf', 'hf', 'lb', 'ld', 'hr', 'sr', 'hjr', 'sjr']);
/** What special districts serve: a "<word> District" of these is a public body, not a neighbourhood. */
const SERVICE_WORDS = new Set([
  'school',
  'water',
  'fire',
  'sanitation',
  'sanitary',
  'irrigation',
  'utility',
  'utilities',
  'transit',
  'park',
  'parks',
  'hospital',
  'library',
  'flood',
  'drainage',
  'sewer',
  'port',
  'airport',
  'health',
  'conservation',
  'improvement',
  'special',
  'congressional',
  'judicial',
  'unified',
  'independent',
]);
/** Institutions that may be named before the place they serve ("University Hospital Limerick"). */
const INSTITUTION_WORDS = new Set([
  'hospital',
  'university',
  'college',
  'clinic',
  'infirmary',
  'school',
  'academy',
  'institute',
]);
const OUTLET_WORDS = new Set([
  'times',
  'post',
  'herald',
  'tribune',
  'journal',
  'democrat',
  'gazette',
  'chronicle',
  'news',
  'ledger',
  'observer',
  'examiner',
  'inquirer',
  'courier',
  'dispatch',
  'sentinel',
  'register',
  'bulletin',
  'star-tribune',
  'monitor',
  'telegraph',
  'globe',
  'star-ledger',
  'picayune',
  'advertiser',
  'enquirer',
  'courant',
  'plain dealer',
]);
const SHOP_WORDS = new Set([
  'panaderia',
  'taqueria',
  'pasteleria',
  'carniceria',
  'restaurante',
  'cafe',
  'pizzeria',
  'trattoria',
  'boulangerie',
  'patisserie',
  'bodega',
  'cantina',
  'ristorante',
]);
const FACILITY_WORDS = new Set([
  'courthouse',
  'building',
  'bridge',
  'stadium',
  'arena',
  'plaza',
  'mall',
  'pier',
  'side',
  'tower',
  'towers',
]);
/** Place suffixes that are common surnames too ("Jane Park", "Faith Hill"). */
const SURNAME_SUFFIXES = new Set([
  'ridge',
  'park',
  'hill',
  'hills',
  'lane',
  'brook',
  'wood',
  'woods',
  'ford',
  'field',
]);
/** Last words of venues and parks that are also surnames ("Field", "Park"): see classifyEntity. */
const VENUE_WORDS = new Set([
  'ground',
  'garden',
  'gardens',
  'field',
  'park',
  'speedway',
  'ballpark',
  'coliseum',
  // Cricket grounds ("Basin Reserve", "Kensington Oval").
  'oval',
  'reserve',
]);
const PLACE_OPENERS = new Set([
  'gulf',
  'lake',
  // Towns and bases named after a camp ("Camp Verde", "Camp Lejeune").
  'camp',
  'mount',
  'mt.',
  'cape',
  'fort',
  'isle',
  // Squares and streets in Spanish, Italian, Portuguese and French ("Plaza de Mayo").
  'plaza',
  'piazza',
  'praça',
  'avenida',
  'calle',
  'rue',
]);
/** "the village of", "the seaside town of": a settlement named after its kind. */
const SETTLEMENT_OF =
  /\b(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|city|hamlet|municipality|island|province|suburb|neighbou?rhood|port)\s+of\s+$/u;
/** Words before a name that make unknown words a place (not "at", which opens firms too). */
const PLACE_BEFORE = new Set(['in', 'from', 'near', 'outside', 'toward', 'into']);
/** An electoral area and the verb listing the places it takes in (a regular expression's source). */
const AREA_TAKES_IN = String.raw`(?:district|constituency|riding|ward|electorate)\s+(?:includes|covers|spans)`;
/** "in Dorrow, Pell and ": places listed after "in" or "near", before the last one. */
const PLACE_LIST_BEFORE = new RegExp(
  String.raw`\b(?:in|near|from|across|between|(?:people|residents|islanders|communities|towns|villages|islands)\s+of|${AREA_TAKES_IN})\s+\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?)*(?:,?\s+(?:and|or)|(,))\s+$`,
  'u',
);
/** "whose district includes ": the places an electoral area takes in follow. */
const AREA_INCLUDES = new RegExp(String.raw`\b${AREA_TAKES_IN}\s+$`, 'u');
/** The rest of such a list after a place in its middle: ", Pell and Dorrow". */
const PLACE_LIST_AFTER =
  /^(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?)*,?\s+(?:and|or)\s+\p{Lu}/u;
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'el']);
/** Known bodies' short names that are common nouns too: a name only after "the". */
const NOUN_ALIASES = new Set(['coalition']);
/** "the people of", "islanders of", "Acme Shipbuilding of": a place follows. */
const HOME_OF = new RegExp(
  String.raw`(?:\b(?:people|residents|islanders|communities|towns|villages|islands)|\p{Lu}\p{L}+\s(?:${TRADE_SUFFIXES.join('|')}))\s+of\s+$`,
  'iu',
);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);
const COMPASS_ADJECTIVES = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);
const DENOMINATIONS = new Set([
  'methodist',
  'catholic',
  'anglican',
  'baptist',
  'presbyterian',
  'lutheran',
  'episcopal',
  'orthodox',
  'pentecostal',
  'evangelical',
  'uniting',
  'reformed',
  'adventist',
  'wesleyan',
]);
/**
 * Party adjectives: a modifier ("Republican-run cities", "a Democratic senator", "a Liberal MP")
 * names no entity; the party is named by "the Republican Party", "Democrats", "the GOP".
 */
const PARTY_ADJECTIVES = new Set([
  'republican',
  'democratic',
  'democrat',
  'conservative',
  'liberal',
  'socialist',
  'progressive',
  'libertarian',
  'green',
]);
/** ", State" or ", Country" right after a name ("Fresno, California", "Dayton, Ohio", "Lyon, France"). */
/** ", Name" of one, two or three capitalised words, tried longest first ("New Jersey" before "New"). */
const CONTAINER_AFTER = [2, 1, 0].map(
  (more) =>
    new RegExp(
      `^,\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){${more}})(?=[\\s,;:)—–-]|\\.?$|\\.\\s)`,
      'u',
    ),
);

const SUBJECT_OF_SPEECH = /^\s+(?:said|says|reported|announced|told)\b/;

/** Plural endings of common nouns ("Local Officials", "Federal Agents"), not of surnames ("Reyes", "Ghebreyesus"). */
const PLURAL_NOUN =
  /(?:ens|ers|ors|ists|ants|ents|ians|ies|ees|als|ics|ives|ites|ans|ments|tions|ships|ings|eds|ds|ts|ks|ls|gs|ps|ms)$/;

/** Nouns that say what kind of organization a name is: "Quantiva, a Boston-based startup", "the union Aslef". */
const ORG_KIND =
  'official (?:[\\p{L}-]+ )?(?:partner|sponsor|supplier)|sponsor|company|startup|firm|exchange|maker|manufacturer|chipmaker|automaker|carmaker|retailer|chain|nonprofit|charity|group|organization|organisation|agency|developer|bank|lender|insurer|airline|publisher|broadcaster|network|union|university|watchdog|regulator|supplier|provider|operator|brand|label|studio|outlet|newspaper|website|platform|app|party|militia|conglomerate|consultancy|fund|think tank|news agency|wire service';
const ORG_APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:a|an|the|its)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${ORG_KIND})(?=\s*[,.;)]|\s+(?:that|which|whose|based|headquartered|in|with|founded|owned|known|behind|for|of)\b)`,
  'u',
);
const ORG_NOUN_BEFORE = new RegExp(
  // Words between may name a place: "the Buenos Aires consultancy Pampa Macro".
  String.raw`\b(?:the|a|an|its|their|rival|state-owned|state)\s+(?:[\p{Ll}'’-]+\s+|\p{Lu}[\p{L}'’.-]*\s+){0,3}?(?:${ORG_KIND})\s+(?:(?:known as|called|named|dubbed|calling itself)\s+)?$`,
  'u',
);
// "an analyst at Bernstein", "a researcher with Oxfam": a role at a single-word name.
const ROLE_AT_BEFORE =
  /\b(?:analyst|economist|strategist|professor|researcher|scientist|fellow|partner|executive|engineer|spokes(?:man|woman|person)|lawyer|attorney|employee|campaigner|consultant|adviser|advisor|editor|reporter|correspondent|strategy|research|economics|markets)s?\s+(?:at|with|for)\s+$/u;
const SHARES_AFTER =
  /^(?:['’]s)?\s+(?:shares|stock)\s+(?:rose|fell|jumped|climbed|dropped|slid|gained|sank|surged|tumbled|plunged|were|closed)\b/;
const KIN_BEFORE =
  /\b(?:daughter|son|wife|husband|mother|father|brother|sister|niece|nephew|granddaughter|grandson|grandmother|grandfather|aunt|uncle|cousin|fiancée?|widow|widower),\s*$/;
const JOURNAL_BEFORE =
  /(?:\b(?:published|appeared|appearing)\b[^.;]{0,25}\bin\s+(?:the\s+)?|\bthe journal\s+)$/i;
// "Spotify chief executive Daniel Ek", "an Acme spokeswoman": a name before a company role.
const ORG_ROLE_AFTER =
  /^\s+(?:chief executive|CEO|chief (?:\w+ )?officer|co-?founder|founder|spokes(?:man|woman|person)|chairman|chairwoman|general counsel)\b/;
// "the Kerem Shalom crossing", "the Sahel region": a name before a lower-case place noun.
const PLACE_NOUN_AFTER =
  /^\s+(?:crossing|terminal|border|region|province|valley|airport|neighborhood|neighbourhood|suburb|refugee camp|camp|strait|peninsula|desert|basin|district|municipality|governorate|prefecture|township)\b/u;
/** Words qualifying an office: "Prime Minister", "Deputy Premier", "Foreign Secretary". */
const OFFICE_WORDS = new Set([
  'prime',
  'deputy',
  'vice',
  'foreign',
  'home',
  'finance',
  'opposition',
]);
/** Offices that are no one's surname, so never a name when written alone. */
const OFFICES_ALONE = new Set(['minister', 'premier', 'secretary', 'chancellor', 'treasurer']);
/** What a person owns or has, after a possessive name: "Jo Roe's terraced house". */
const PERSONAL_AFTER =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:house|home|flat|apartment|family|wife|husband|partner|son|daughter|mother|father|children|lawyer|attorney|funeral|widow|widower)\b/u;
/** Last words of British street names that are also surnames ("Close", "Way"). */
const STREET_ENDINGS = new Set([
  'way',
  'close',
  'crescent',
  'terrace',
  'mews',
  'gardens',
  'row',
  'walk',
]);
/** Legislatures named alone, capitalised: a body (unlike "Assembly" or "House", which head many). */
const LEGISLATURES_ALONE = new Set(['legislature', 'parliament']);
/**
 * Acronyms of things, not bodies ("IV bags", "the ICU"): never an organization. Letter pairs
 * joined by "&" ("A&E") are dropped earlier (LETTER_PAIR).
 */
const THING_ACRONYMS = new Set(
  (
    'IV TV ICU ER DNA RNA HIV AIDS GPS SUV EV CEO CFO COO CTO ID PDF CCTV MRI CT ATM GDP CPI VAT ' +
    'PPE IPO AI PHD MBA ADHD PTSD UFO DJ MVP NFT VPN USB LED LNG SMS OK AM PM RV ATV TIF ESG GP NBFC VAR ' +
    // Time zones, as a page stamps its times ("09:15 BRT").
    'UTC GMT BST CET CEST EET EEST WET WAT CAT EAT SAST IST PKT JST KST HKT SGT AEST AEDT ACST AWST ' +
    'NZST NZDT EST EDT CST CDT MST MDT PST PDT AKST HST BRT ART CLT COT PET PT ET MT ' +
    'GPU CPU TPU CFA'
  ).split(' '),
);
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u;
const CAMEL_PARTICLE = /^(?:Mac|Fitz|Van|Von|Ten|Ter|Del|Des|Dos|Las|Los)\p{Lu}/u;
// "(NASDAQ: ABCD)", "(NYSE: XYZ)": an exchange and ticker are not entities.
const TICKER = /\(\s*[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*)?\s*:\s*[\p{Lu}\p{N}.]{1,8}\s*\)/u;

const LIST_ITEM_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?),\s+$/u;
const LIST_ITEM_AFTER =
  /^(?:,\s+|,?\s+(?:and|or)\s+)(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)/u;

/** True when the list items on both sides of the candidate are known places. */
function betweenPlaces(c: Candidate, text: string): boolean {
  const prev = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1];
  const next = LIST_ITEM_AFTER.exec(text.slice(c.end, c.end + 40))?.[1];
  return (
    prev !== undefined &&
    next !== undefined &&
    LEXICON.places.has(foldKey(prev)) &&
    LEXICON.places.has(foldKey((next.split(/[.;]\s/)[0] ?? '').replace(/[.,]$/, '')))
  );
}

/** True when the candidate sits inside a ticker parenthesis: "(NASDAQ: ABCD)". */
function inTicker(c: Candidate, text: string): boolean {
  const open = text.lastIndexOf('(', c.start);
  if (open < 0 || c.start - open > 16) return false;
  const close = text.indexOf(')', c.end);
  return close >= 0 && close - c.end < 12 && TICKER.test(text.slice(open, close + 1));
}

/**
 * A name that is all a quotation holds is the title of a work or a slogan: the film
 * "The Quiet Orchard", shirts reading "Save Elm Park". Not after "known as", "called", "named":
 * there the quotation gives a name of something.
 */
function wholeQuotation(c: Candidate, text: string): boolean {
  const open = /(?:^|[\s(])["“‘']((?:the|a|an)\s+)?$/i.exec(
    text.slice(Math.max(0, c.start - 8), c.start),
  );
  if (!open) return false;
  if (!/^[,.!?]?["”’']/.test(text.slice(c.end, c.end + 2))) return false;
  const before = text.slice(Math.max(0, c.start - 30), c.start - open[0].length + 1);
  return !/\b(?:known as|called|named|nicknamed|dubbed|as)\s*$/i.test(before);
}

/** The state or country named right after a candidate ("Ohio" in "Dayton, Ohio"), or null. */
export function containerAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 40);
  for (const pattern of CONTAINER_AFTER) {
    const name = pattern.exec(after)?.[1];
    if (!name) continue;
    if (LEXICON.containers.has(foldKey(name))) return name;
    const bare = name.replace(/\.$/, '');
    if (LEXICON.containers.has(foldKey(bare))) return bare;
  }
  return null;
}

/** A direction from a place, just before its name: "west of", "northeast of". */
const COMPASS_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$/i;

/** The word just before `start` in `text`, lower-cased ('' when none). */
export function wordBefore(text: string, start: number): string {
  const m = /([\p{L}.'’-]+)[\s]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m?.[1]?.toLowerCase() ?? '';
}

/** True when `c` is the place of a dateline opening its paragraph, or that place's state or country. */
function inDateline(c: Candidate, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (c.start - lineStart > 60) return false;
  // Cheap test first: a dateline opens with two upper-case letters.
  const head = text.slice(lineStart, lineStart + 2);
  if (head !== head.toUpperCase()) return false;
  const dateline = datelineOf(text.slice(lineStart, lineStart + 100));
  if (!dateline) return false;
  const within = (part: { start: number; end: number } | null) =>
    part !== null && c.start >= lineStart + part.start && c.end <= lineStart + part.end;
  return within(dateline.city) || within(dateline.region);
}

/**
 * Classifies one candidate from its words and immediate context: titles, gazetteers,
 * organization and place suffixes, first names, an age after the name, a locative before it.
 */
export function classifyEntity(c: Candidate, text: string): Classification {
  const keys = c.tokens.map((t) => t.key);
  const key = keys.join(' ');
  const first = keys[0] ?? '';
  const last = keys[keys.length - 1] ?? '';
  const after = text.slice(c.end, c.end + 40);
  const before = wordBefore(text, c.start);
  if (c.acronym) return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "Radio Pampa Norte", "Radio Free Asia": a broadcaster.
  if (keys.length > 1 && first === 'radio')
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "Sydney Water", "Thames Water": a water utility named after the place it serves.
  if (keys.length === 2 && last === 'water' && LEXICON.places.has(first))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "on Bessemer Close", "the Lamby Way depot": streets named with words that name people too.
  if (
    keys.length > 1 &&
    STREET_ENDINGS.has(last) &&
    (/^(?:on|in|at|off|along|near|from|to)$/.test(before) ||
      /^\s+(?:depot|site|junction|roundabout|entrance|estate)\b/.test(after))
  )
    return { type: 'PLACE', strong: true, canonical: null };
  // "Tropical Cyclone Wind Signal No. 4", "Proposition No. 5": a numbered thing.
  if (last === 'no.' || (last === 'no' && /^\.?\s*\d/.test(after)))
    return { type: null, strong: true, canonical: null };
  // "European AI companies", "a Paris AI startup": a place and a thing, no name.
  if (
    keys.length === 2 &&
    THING_ACRONYMS.has(c.tokens[1]?.text ?? '') &&
    (LEXICON.places.has(first) || LEXICON.demonyms.has(first))
  )
    return { type: null, strong: true, canonical: null };
  // Named storms ("Hurricane Ida", "Tropical Storm Alberto") and laws ("the Clean Water Act") are not entities here.
  if (
    STORM_WORDS.has(first) ||
    key.startsWith('tropical storm') ||
    (keys.length > 1 &&
      (LAW_WORDS.has(last) || last === 'index') &&
      // Not a body named for its field: "Institute for Health Policy".
      !keys.some(
        (k, x) =>
          (LEXICON.orgHeads.has(k) || LEXICON.orgSuffixes.has(k)) &&
          (keys[x + 1] === 'for' || keys[x + 1] === 'of'),
      ))
  )
    return { type: null, strong: true, canonical: null };
  if (inTicker(c, text) || LETTER_PAIR.test(c.text))
    return { type: null, strong: true, canonical: null };
  // "Rep. Jo Lin, a Pennsylvania Democrat," or "a Prescott Republican": a description of the
  // politician, not a party or a person.
  if (
    keys.length > 1 &&
    (last === 'democrat' || last === 'republican') &&
    // Not a party's member: "a Liberal Democrat", "a Christian Democrat".
    !PARTY_ADJECTIVES.has(keys[keys.length - 2] ?? '') &&
    !LEXICON.organizations.has(key) &&
    /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))
  )
    return { type: null, strong: true, canonical: null };
  // "Election Day", "Labor Day", "Kidney Week": days and weeks named for what happens in them
  // (not "Doris Day").
  if (keys.length > 1 && (last === 'day' || last === 'week') && !LEXICON.firstNameGender.has(first))
    return { type: null, strong: true, canonical: null };
  // "Rep. Jo Mays, R-Joplin,": a politician's hometown after the party letter is a place; a
  // state there ("R-Ariz.") is only the label, not a mention of the state.
  if (afterPartyLetter(text, c.start))
    return LEXICON.containers.has(key) || LEXICON.containers.has(foldKey(c.text))
      ? { type: null, strong: true, canonical: null }
      : { type: 'PLACE', strong: true, canonical: null };
  // Named fires and grant programmes ("the Rye Creek Fire", "a Fire Management Assistance
  // Grant") and funding rounds ("Series B") are not entities here.
  if (
    (keys.length > 1 && last === 'fire' && !LEXICON.places.has(keys.slice(0, -1).join(' '))) ||
    (keys.length > 2 && last === 'grant') ||
    (keys.length === 2 && first === 'series' && /^[a-h]$/.test(last)) ||
    // "in Game 5", "by Week 3", "after Round 2": a numbered part of a contest; "FY25".
    (keys.length === 1 && NUMBERED_PARTS.has(key) && /^\s+\d/.test(after)) ||
    (keys.length === 1 && BILL_PREFIXES.has(key.replace(/\./g, '')) && /^\s+\d/.test(after)) ||
    /^fy\d{2}(?:\d{2})?$/.test(key) ||
    // Contests ("the Davis Cup", "the Italian Open", "a Grand Slam") and bills before a
    // legislature ("the Water Services Amendment Bill"; not "Bill" as a given name).
    (keys.length > 1 && EVENT_WORDS.has(last)) ||
    (keys.length > 1 &&
      last === 'bill' &&
      !LEXICON.firstNameGender.has(keys[keys.length - 2] ?? '')) ||
    // "the former West German capital": a compass word and a nationality are an adjective.
    (keys.length === 2 && COMPASS_WORDS.has(first) && LEXICON.demonyms.has(last))
  )
    return { type: null, strong: true, canonical: null };
  if (wholeQuotation(c, text)) return { type: null, strong: true, canonical: null };
  // Prizes and awards are named like people ("Grand Jury Prize", "Pulitzer Prize").
  if (keys.length > 1 && AWARD_WORDS.has(last))
    return { type: null, strong: true, canonical: null };
  // "Lantern District", "Garment District" are neighbourhoods; a "Water District" is a public body.
  if (
    keys.length === 2 &&
    last === 'district' &&
    !LEXICON.orgHeads.has(first) &&
    !SERVICE_WORDS.has(first)
  )
    return { type: 'PLACE', strong: true, canonical: null };
  // "chief Andean economist": a title before a regional adjective names no one.
  if (keys.length === 1 && LEXICON.demonyms.has(key))
    return { type: null, strong: true, canonical: null };
  // "the Minister", even after a title ("The Chief Minister is flying over"): an office
  // named without its holder.
  if (keys.length === 1 && OFFICES_ALONE.has(key))
    return { type: null, strong: true, canonical: null };
  // "the Legislature", "Parliament": the legislature of the place the article is about.
  if (keys.length === 1 && LEGISLATURES_ALONE.has(key) && /^\p{Lu}/u.test(c.text))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  if (c.titles.length) return { type: 'PERSON', strong: true, canonical: null };
  // "the Prime Minister": an office named without its holder.
  if (
    (keys.length > 1 &&
      !LEXICON.orgSuffixes.has(last) &&
      keys.every((k) => LEXICON.personTitles.has(k) || OFFICE_WORDS.has(k))) ||
    // "Western Australia's Mines Minister, David Ash": a portfolio and its office.
    (keys.length === 2 &&
      OFFICES_ALONE.has(last) &&
      !LEXICON.firstNameGender.has(first) &&
      !LEXICON.orgSuffixes.has(first))
  )
    return { type: null, strong: true, canonical: null };
  if ((keys.length === 1 && PARTY_ADJECTIVES.has(key)) || LEXICON.demonyms.has(key))
    return { type: null, strong: true, canonical: null };
  // "Vasquez's daughter, Sofia, said", "his mother, Guerline Desrosiers,": a name in apposition
  // to a relative is a person's.
  if (
    keys.length <= 4 &&
    KIN_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) &&
    /^,/.test(after)
  )
    return { type: 'PERSON', strong: true, canonical: null };
  // "Sioned Harries's terraced house", "Jo Roe's husband": what only a person has.
  if (
    keys.length >= 2 &&
    keys.length <= 3 &&
    c.tokens[keys.length - 1]?.possessive &&
    !LEXICON.orgSuffixes.has(last.replace(/['’]s$/, '')) &&
    PERSONAL_AFTER.test(after)
  )
    return { type: 'PERSON', strong: true, canonical: null };
  if (inDateline(c, text))
    return { type: 'PLACE', strong: true, canonical: LEXICON.places.get(key) ?? null };
  // "the Coalition" is Australia's; "Coalition partners" at a sentence start are anyone's.
  if (NOUN_ALIASES.has(key) && before !== 'the')
    return { type: null, strong: true, canonical: null };
  const org = LEXICON.organizations.get(key);
  const place = LEXICON.places.get(key);
  if (place && !(org && c.tokens.length > 1))
    return { type: 'PLACE', strong: true, canonical: place };
  if (org) return { type: 'ORGANIZATION', strong: true, canonical: org };
  // A known organization under a nationality or place: "American Red Cross", "Texas Senate".
  for (let n = 1; n < keys.length; n++) {
    const head = keys.slice(0, n).join(' ');
    if (
      (LEXICON.demonyms.has(head) || LEXICON.places.has(head)) &&
      LEXICON.organizations.has(keys.slice(n).join(' '))
    )
      return { type: 'ORGANIZATION', strong: true, canonical: null };
  }
  // "Banco de la República", "Universidade de São Paulo", "Grupo Aval".
  if (keys.length > 1 && ROMANCE_HEADS.has(first))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  const personLike = keys.length > 1 && LEXICON.firstNameGender.has(first);
  // Typed by context only: a single word stays weak so that it can still join a fuller name ("Quantiva" -> "Quantiva Labs").
  if (
    !place &&
    !personLike &&
    (ORG_APPOSITIVE.test(after) ||
      ORG_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 50), c.start)))
  ) {
    // "Veridane, a French startup that ...": the appositive says it outright (a single word
    // still joins a fuller name: "Lumora, an app ..." beside "Lumora AI").
    return keys.length > 1
      ? { type: 'ORGANIZATION', strong: true, canonical: null }
      : {
          type: 'ORGANIZATION',
          strong: false,
          canonical: null,
          orgByContext: ORG_APPOSITIVE.test(after),
        };
  }
  if (
    !place &&
    !personLike &&
    keys.length <= 3 &&
    ROLE_AT_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) &&
    // "told reporters at Jagiroad": where they were told, not where they work.
    // ("told reporters at Parliament" is the body, though.)
    (!/\btold\s+reporters\s+at\s+$/.test(text.slice(Math.max(0, c.start - 20), c.start)) ||
      LEXICON.orgSuffixes.has(last))
  ) {
    return { type: 'ORGANIZATION', strong: keys.length > 1, canonical: null };
  }
  // "he told the Echo": a name told something after "the" is a newspaper or broadcaster.
  if (
    !place &&
    !personLike &&
    keys.length <= 3 &&
    /\btold\s+the\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start))
  )
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // Journals: "published Wednesday in The Lancet", "in the journal Nature Medicine".
  if (!place && JOURNAL_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "Biogen shares rose", "Acme's stock fell": a listed company.
  if (!place && !personLike && SHARES_AFTER.test(after))
    return keys.length > 1
      ? { type: 'ORGANIZATION', strong: true, canonical: null }
      : { type: 'ORGANIZATION', strong: false, canonical: null, orgByContext: true };
  if (!place && !personLike && ORG_ROLE_AFTER.test(after))
    return { type: 'ORGANIZATION', strong: keys.length > 1, canonical: null };
  // "Xinhua said ...": an unknown single word opening a sentence as the subject of a reporting verb
  // names an organization (a person would have been introduced by full name and linked before).
  if (
    !place &&
    keys.length === 1 &&
    c.sentenceInitial &&
    !/s$/.test(key) &&
    !LEXICON.firstNameGender.has(key) &&
    !LEXICON.commonWords.has(key) &&
    SUBJECT_OF_SPEECH.test(after)
  ) {
    return { type: 'ORGANIZATION', strong: false, canonical: null, orgByContext: true };
  }
  if (!personLike && !c.tokens.every((t) => t.allCaps) && PLACE_NOUN_AFTER.test(after))
    return { type: 'PLACE', strong: true, canonical: null };
  // Sports teams: a known place and a nickname ("the Houston Rockets", "the Toledo Ironmen", "beat
  // Leicester Tigers", "the Utah Jazz"): a listed one, or after "the" any plural.
  if (
    keys.length > 1 &&
    (TEAM_NICKS.has(last) ||
      (/(?:[^s]s|men)$/.test(last) && !LEXICON.commonWords.has(last) && before === 'the'))
  ) {
    for (let n = 1; n < keys.length; n++)
      if (LEXICON.places.has(keys.slice(0, n).join(' ')))
        return { type: 'ORGANIZATION', strong: true, canonical: null };
  }
  // "Dayton, Ohio", "EAU CLAIRE, Wis.": a name before ", State" is a place (not "Jane Doe, Ohio's ...");
  // one opening with a first name only after "of"/"in" ("both of Ivy Ridge, New Mexico").
  if (
    !LEXICON.containers.has(key) &&
    !(
      keys.length > 1 &&
      LEXICON.firstNameGender.has(first) &&
      before !== 'of' &&
      !LOCATIVE_WORDS.has(before)
    ) &&
    !LEXICON.orgSuffixes.has(last) &&
    containerAfter(text, c.end)
  ) {
    return { type: 'PLACE', strong: true, canonical: null };
  }
  // "Place du Luxembourg", "Place de la Concorde": a French square.
  if (keys.length > 2 && first === 'place' && /^(?:du|de|des|d['’])/.test(keys[1] ?? ''))
    return { type: 'PLACE', strong: true, canonical: null };
  // "St. Cloud", "Saint Paul": a saint's name and one more word is a town (weakly: "St. Jude").
  if (keys.length === 2 && /^(?:st\.?|ste\.?|saint)$/.test(first) && !c.tokens[1]?.possessive)
    return { type: 'PLACE', strong: false, canonical: null };
  // "Lake Union", "Mount Hope": a place opener and one more word (not "Mount Sinai Hospital").
  if (
    keys.length === 2 &&
    (PLACE_OPENERS.has(first) || (first === 'port' && !LEXICON.orgSuffixes.has(last)))
  )
    return { type: 'PLACE', strong: true, canonical: null };
  // A word that is no name before a country, state or county names a body serving it:
  // "Infrastructure Victoria", "Healthwatch Worcestershire", "NHS England", "Acme UK".
  if (
    keys.length === 2 &&
    LEXICON.containers.has(last) &&
    !personLike &&
    !LEXICON.places.has(first) &&
    !LEXICON.demonyms.has(first) &&
    !LEXICON.commonWords.has(first) &&
    !LEXICON.placeHeads.has(first) &&
    !REGION_ADJECTIVES.has(first) &&
    !/^\p{Ll}/u.test(c.text)
  )
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "Eastern Kentucky", "Southern Ontario": a part of a known place.
  if (
    keys.length > 1 &&
    COMPASS_ADJECTIVES.has(first) &&
    LEXICON.places.has(keys.slice(1).join(' '))
  )
    return { type: 'PLACE', strong: true, canonical: null };
  // "Kentuckians for Fair Districts", "Parents for Safer Streets": a group named for its cause.
  if (keys.length > 2 && keys[1] === 'for' && /[^s]s$/.test(first) && !personLike)
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "St Mary's Catholic Parish", "Tonga Methodist Parish": a congregation, not a district.
  if (keys.length > 1 && last === 'parish' && keys.some((k) => DENOMINATIONS.has(k)))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // A firm's name and the region its arm serves: "Kazuma Motor North America", "Velt Energy UK".
  if (keys.length > 2 && !personLike && !LEXICON.placeHeads.has(first)) {
    for (const n of [1, 2]) {
      const region = keys.slice(-n).join(' ');
      const firm = keys.slice(0, -n);
      if (
        firm.length >= 2 &&
        LEXICON.places.has(region) &&
        !LEXICON.places.has(firm.join(' ')) &&
        !firm.some((k) => LEXICON.places.has(k) || LEXICON.demonyms.has(k)) &&
        !firm.every((k) => LEXICON.commonWords.has(k) || REGION_ADJECTIVES.has(k))
      )
        return { type: 'ORGANIZATION', strong: true, canonical: null };
    }
  }
  if (
    keys.length > 1 &&
    (LEXICON.orgSuffixes.has(last) ||
      keys.includes('&') ||
      (keys.length > 2 && ORG_ENDING_SET.has(keys.slice(-2).join(' '))))
  )
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // An institution named before its place: "University Hospital Limerick", "Trinity College
  // Dublin" (the place alone stays a place).
  if (keys.length > 2) {
    for (const n of [1, 2]) {
      const at = keys.length - n;
      if (
        at >= 2 &&
        INSTITUTION_WORDS.has(keys[at - 1] ?? '') &&
        LEXICON.places.has(keys.slice(at).join(' '))
      )
        return { type: 'ORGANIZATION', strong: true, canonical: null };
    }
  }
  // Newspapers are named "<Place> <outlet word>": "Dayton Democrat", "Valley Courier", "Plains Sentinel".
  if (
    keys.length > 1 &&
    !LEXICON.commonWords.has(first) &&
    (OUTLET_WORDS.has(last) || /-news$/.test(last))
  )
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // Shop names opening with a trade word: "Panadería Ruiz", "Taquería El Sol", "Café Lumen".
  if (keys.length > 1 && SHOP_WORDS.has(first))
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  // "Hye-jin Park, who owns a bakery": "who" follows a person, not a place.
  if (keys.length > 1 && keys.length <= 4 && /^,\s+who\b/.test(after))
    return { type: 'PERSON', strong: true, canonical: null };
  // Buildings and areas: "Hamilton County Courthouse", "the West Side".
  if (keys.length > 1 && FACILITY_WORDS.has(last))
    return { type: 'PLACE', strong: true, canonical: null };
  // Venues named like people: "Wrigley Field", "Madison Square Garden" (not "Jane Park").
  if (
    keys.length > 1 &&
    VENUE_WORDS.has(last) &&
    (keys.length > 2 || !LEXICON.firstNameGender.has(first))
  )
    return { type: 'PLACE', strong: true, canonical: null };
  if (last === 'local' && keys.length > 1 && /\s\d{1,5}$/.test(c.text))
    return { type: 'ORGANIZATION', strong: true, canonical: null };

  if (
    keys.length > 2 &&
    keys.some(
      (k, x) =>
        (LEXICON.orgHeads.has(k) || LEXICON.orgSuffixes.has(k)) &&
        (keys[x + 1] === 'of' || keys[x + 1] === 'for'),
    )
  ) {
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  }
  // "Elm Street", "Rock Hill"; but "Jane Park" and "Faith Hill" are people unless placed ("in").
  if (
    keys.length > 1 &&
    LEXICON.placeSuffixes.has(last) &&
    !(
      keys.length === 2 &&
      SURNAME_SUFFIXES.has(last) &&
      LEXICON.firstNameGender.has(first) &&
      !LOCATIVE_WORDS.has(before)
    )
  )
    return { type: 'PLACE', strong: true, canonical: null };
  if (keys.length > 1 && PLACE_OPENERS.has(first))
    return { type: 'PLACE', strong: true, canonical: null };
  // "La Crosse", "Los Alamos", "El Cajon": a Spanish or French article opens the name. Weak, so
  // that a surname written so ("La Russa") still takes the type of its full name.
  if (keys.length > 1 && PLACE_ARTICLES.has(first))
    return { type: 'PLACE', strong: false, canonical: null };
  // "North Natomas", "East Ferrow": a compass word before an unknown name marks a district.
  if (keys.length === 2 && COMPASS_WORDS.has(first) && !LEXICON.commonWords.has(last))
    return { type: 'PLACE', strong: false, canonical: null };
  // "PitchBook", "FactStream": a capital inside one word is a brand, not a surname ("McKay",
  // "DeSantis" and "MacLeod" open with a short particle).
  if (keys.length === 1 && CAMEL_CASE.test(c.text) && !CAMEL_PARTICLE.test(c.text))
    return { type: 'ORGANIZATION', strong: false, canonical: null };
  const acronym =
    c.tokens.length === 1 &&
    c.tokens[0]?.allCaps === true &&
    /^[A-Z][A-Z&.]{1,4}$/.test(c.text.replace(/\./g, '')) &&
    !LEXICON.commonWords.has(key) &&
    !THING_ACRONYMS.has(c.text.replace(/\./g, '')) &&
    !LEXICON.personTitles.has(key);
  // "not an ATM,": an acronym after "a" or "an" that no noun follows names a thing, not a body.
  if (acronym && (before === 'a' || before === 'an') && /^\s*(?:[,.;:!?"”’)]|$)/u.test(after))
    return { type: null, strong: false, canonical: null };
  if (acronym) return { type: 'ORGANIZATION', strong: false, canonical: null };
  if (c.tokens.some((t) => t.allCaps) && c.tokens.length > 1)
    return { type: null, strong: false, canonical: null };
  // Before a title stands a place or a body ("Community Development Director Jane Roe").
  if (c.titlePrefix) return { type: null, strong: false, canonical: null };
  // "Australian Energy Market Operator", "British Airways": a nationality opens a body's name,
  // never a person's.
  // Not a group of people: "American Citizens", "Irish Workers".
  if (
    keys.length > 1 &&
    LEXICON.demonyms.has(first) &&
    !LEXICON.firstNameGender.has(keys[1] ?? '') &&
    !PLURAL_NOUN.test(last)
  )
    return { type: 'ORGANIZATION', strong: false, canonical: null };
  if (
    keys.length <= 3 &&
    SETTLEMENT_OF.test(text.slice(Math.max(0, c.start - 60), c.start)) &&
    !keys.some((k) => LEXICON.orgSuffixes.has(k))
  )
    return { type: 'PLACE', strong: true, canonical: null };
  if (/^,\s*\d{1,3},/.test(after)) return { type: 'PERSON', strong: true, canonical: null };
  if (keys.length > 1 && LEXICON.firstNameGender.has(first))
    return { type: 'PERSON', strong: true, canonical: null };
  // ... and so are two unknown words before "said" even with a plural-looking end
  // ("Guerline Pellanders said"; "Local Officials said" has a common word).
  if (
    keys.length === 2 &&
    SUBJECT_OF_SPEECH.test(after) &&
    keys.every((k) => !LEXICON.commonWords.has(k) && !/\d/.test(k))
  )
    return { type: 'PERSON', strong: false, canonical: null };
  // "grew up in Porto Alegre": unknown words after "in" or "from" with no given name first.
  if (
    keys.length > 1 &&
    keys.length <= 3 &&
    PLACE_BEFORE.has(before) &&
    !c.tokens[c.tokens.length - 1]?.possessive &&
    !LEXICON.firstNameGender.has(first) &&
    keys.every((k) => !LEXICON.commonWords.has(k))
  )
    return { type: 'PLACE', strong: false, canonical: null };
  // Unknown two to four capitalised words are most often a person, unless plural ("Local Officials").
  // Surnames end in "s" too ("Reyes"): only common plural endings count.
  if (
    keys.length > 1 &&
    keys.length <= 4 &&
    !PLURAL_NOUN.test(last) &&
    !(/s$/.test(last) && LEXICON.commonWords.has(last.replace(/e?s$/, ''))) &&
    keys.every((k) => !LEXICON.commonWords.has(k) && !/\d/.test(k))
  ) {
    return { type: 'PERSON', strong: false, canonical: null };
  }
  if (keys.length === 1 && LOCATIVE_WORDS.has(before))
    return { type: 'PLACE', strong: false, canonical: null };
  // "whose district includes Cottonwood and ...": the first place such a list names.
  if (
    keys.length <= 2 &&
    !personLike &&
    AREA_INCLUDES.test(text.slice(Math.max(0, c.start - 40), c.start))
  )
    return { type: 'PLACE', strong: false, canonical: null };
  // "a Rotorua-based provider": where something is based is a place.
  if (keys.length <= 3 && /^-based\b/.test(after) && !personLike)
    return { type: 'PLACE', strong: false, canonical: null };
  // "the people of Uist", "Acme Shipbuilding of Yalova": whose home or seat the word names.
  if (
    keys.length === 1 &&
    before === 'of' &&
    HOME_OF.test(text.slice(Math.max(0, c.start - 40), c.start))
  )
    return { type: 'PLACE', strong: false, canonical: null };
  // "clinics in Dorrow, Tessaly and Pell": the places listed after "in" (a middle one only when
  // the list goes on to its "and").
  const listed = PLACE_LIST_BEFORE.exec(text.slice(Math.max(0, c.start - 80), c.start));
  if (keys.length === 1 && listed && (!listed[1] || PLACE_LIST_AFTER.test(after)))
    return { type: 'PLACE', strong: false, canonical: null };
  // "bases at Manchester, Gatwick and Belfast": an unknown word listed between two places.
  if (keys.length === 1 && betweenPlaces(c, text))
    return { type: 'PLACE', strong: false, canonical: null };
  // "80 miles west of Tarrowby", "just north of Dayton".
  if (COMPASS_OF.test(text.slice(Math.max(0, c.start - 30), c.start)))
    return { type: 'PLACE', strong: true, canonical: null };
  if (keys.length > 4) return { type: 'ORGANIZATION', strong: false, canonical: null };
  return { type: null, strong: false, canonical: null };
}
