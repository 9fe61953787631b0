import { TITLE_MODIFIERS } from './data/titles.js';
import { MILITARY_UNITS, TRADE_SUFFIXES } from './data/org-words.js';
import { LEXICON } from './lexicon.js';
import type { Token } from './tokenize.js';

/** A capitalised name found in a text, with the titles written before it. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Titles and roles written before the name ("Sen.", "Chief Executive"). */
  titles: string[];
  /** The first token opens a sentence (or the text is a Title Case headline). */
  sentenceInitial: boolean;
  /**
   * Split off before a title ("Dayton" in "Dayton Mayor Jane Roe"): a place or a body, never
   * a person's name.
   */
  titlePrefix?: boolean;
  /** Found from the initials written after it ("... des libertés (CNIL)"): a body's name. */
  acronym?: string;
}

const MILITARY_UNIT_WORDS = new Set(MILITARY_UNITS);
/** Initials ("U.S.", "D.C."): a common word after them may go on a name ("U.S. Federal Reserve"). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;

const CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'the',
  'for',
  'de',
  'del',
  'della',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'los',
  'las',
  'le',
  'du',
  'y',
  'on',
  'upon',
]);
/** Capitalised words that open a sentence, never continue a name after an abbreviation. */
const SENTENCE_OPENERS = new Set(
  'The A An But And In On At It He She They We This That These Those There His Her Its Their'.split(
    ' ',
  ),
);
const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
/**
 * "Texas-based", "Chicago-born", "Toronto-listed": a name made a modifier; the name is the part
 * before the hyphen.
 */
const NAME_AFFIX = /-(?:based|born|area|run|led|owned|made|bound|style|era|listed)$/i;
const NAME_PARTICLE = /^(?:al|el|ad|as|bin|ibn|abu|de|di|da|van|von|le|la|du|mc|o|d)['’-]\p{Lu}/u;

function isNameToken(t: Token): boolean {
  return t.cap || NAME_PARTICLE.test(t.text);
}

const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** "Jan. 28": a month abbreviated before a day, never a name ("Jan Hasselman" has no period). */
function monthBeforeDay(text: string, t: Token): boolean {
  return MONTH_ABBREVIATIONS.has(t.key) && /^\. \d/.test(text.slice(t.end, t.end + 3));
}

/**
 * A possessive inside an organization name: "Moody's Analytics", "International Longshoremen's
 * Association". The capitalised words after it end in an organization word, and the owner is no
 * known place or organization and never stands alone in the text (unlike "Doe's Justice Department").
 */
function possessiveName(text: string, tokens: Token[], i: number, j: number): boolean {
  const owner = tokens[j] as Token;
  // "Cook County State's Attorney's Office": the title "State's Attorney" inside it.
  if (stateAttorney(owner, tokens[j + 1])) return true;
  if (secretaryOfStateOffice(tokens, j - 2)) return true;
  // "the Chicago Police Department's Ogden District": a body's unit is named apart from it.
  if (LEXICON.orgSuffixes.has(owner.key)) return false;
  // "France's Finance Ministry", "the FBI's Cyber Division": a known owner stands apart.
  for (let x = i; x <= j; x++) {
    const ownerKey = keysOf(tokens.slice(x, j + 1));
    if (LEXICON.places.has(ownerKey) || LEXICON.organizations.has(ownerKey)) return false;
  }
  let k = j + 1;
  while (
    k + 1 < tokens.length &&
    (tokens[k + 1] as Token).cap &&
    joined(text, tokens[k] as Token, tokens[k + 1] as Token) &&
    !(tokens[k] as Token).possessive
  )
    k++;
  const last = tokens[k];
  if (!last || !LEXICON.orgSuffixes.has(last.key) || LEXICON.strongTitles.has(last.key))
    return false;
  // An office named after its holder's title: "District Attorney's Office", "Sheriff's Office".
  if (k === j + 1 && last.key === 'office' && LEXICON.personTitles.has(owner.key)) return true;
  const bare = owner.text.slice(0, -2);
  return !new RegExp(
    String.raw`(?<![\p{L}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}'’])`,
    'u',
  ).test(text);
}

/** "Secretary of State's Office" from `tokens[k]`: the office of that title, one body. */
function secretaryOfStateOffice(tokens: Token[], k: number): boolean {
  const owner = tokens[k + 2];
  return (
    tokens[k]?.key === 'secretary' &&
    tokens[k + 1]?.key === 'of' &&
    owner?.key === 'state' &&
    owner.possessive &&
    tokens[k + 3]?.key === 'office'
  );
}

/** "State's Attorney", the prosecutor's title in some states. */
function stateAttorney(a: Token | undefined, b: Token | undefined): boolean {
  return a?.key === 'state' && a.possessive && b?.key === 'attorney';
}

/** The tokens' keys joined as one lexicon key ("new york city"). */
function keysOf(toks: Token[]): string {
  return toks.map((t) => t.key).join(' ');
}

/** Text between two tokens is a single space (or nothing): they belong to one name. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '') return true;
  // A plural possessive inside a body's name: "Ferry Users’ Forum", "Deputy Sheriffs' Association".
  return (gap === "' " || gap === '’ ') && /s$/.test(a.text) && b.cap && MEMBERS_BODIES.has(b.key);
}

/** Bodies named after their members, after a plural possessive ("Ferry Users’ Forum"). */
const MEMBERS_BODIES = new Set([
  'union',
  'association',
  'forum',
  'council',
  'federation',
  'confederation',
  'alliance',
  'league',
  'guild',
  'society',
  'fund',
  'trust',
  'club',
  'party',
  'coalition',
  'committee',
  'network',
  'foundation',
  'institute',
  'cooperative',
  'co-op',
  'collective',
  'assembly',
  'caucus',
  'congress',
  'organization',
  'organisation',
  'centre',
  'center',
  'board',
  'commission',
  'group',
  'chamber',
  'office',
]);

/**
 * Finds capitalised name sequences in `text`. `sentenceStarts` holds the offsets where
 * sentences begin; `titleCase` treats every token as possibly capitalised for style only
 * (headlines). Leading sentence-initial function words, days and months, and titles are
 * split off; titles are kept on the candidate, and a name prefix split off before a title
 * ("Dayton" in "Dayton Mayor Jane Roe") is a candidate of its own.
 */
export function findCandidates(
  text: string,
  tokens: Token[],
  sentenceStarts: Set<number>,
): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isNameToken(t) || monthBeforeDay(text, t)) {
      i++;
      continue;
    }
    let j = i;
    let nickname: Token | undefined;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      // Seo-yeon “Sunny” Baek: a nickname in quotation marks between given name and surname.
      const after = tokens[j + 2];
      if (
        j === i &&
        cur &&
        next &&
        after &&
        isNameToken(after) &&
        NICKNAME_GAP.test(text.slice(cur.end, next.start)) &&
        NICKNAME_CLOSE.test(text.slice(next.end, after.start)) &&
        next.cap
      ) {
        nickname = next;
        j += 2;
        continue;
      }
      if (
        !cur ||
        !next ||
        !joined(text, cur, next) ||
        (cur.possessive && !possessiveName(text, tokens, i, j)) ||
        // "Nanaimo, B.C. The ferry ...", "Acme Corp. Neighboring ...": a sentence ends with the
        // abbreviation.
        (cur.text.endsWith('.') &&
          (SENTENCE_OPENERS.has(next.text) ||
            (LEXICON.commonWords.has(next.key) && !INITIALS.test(cur.text))))
      )
        break;
      if (isNameToken(next) && !monthBeforeDay(text, next)) {
        j++;
        continue;
      }
      // Up to two lower-case connectors between capitalised words: "Department of the Interior".
      const n2 = tokens[j + 2];
      const n3 = tokens[j + 3];
      if (CONNECTORS.has(next.key) && n2 && joined(text, next, n2)) {
        if (isNameToken(n2)) {
          j += 2;
          continue;
        }
        if (CONNECTORS.has(n2.key) && n3 && joined(text, n2, n3) && isNameToken(n3)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    j = beforeAreaOf(text, tokens, i, j);
    // "The Minister for Climate, Energy and the Environment, Jo Roe,": an office named by its
    // list of subjects, its holder in apposition after it. The office is no name.
    const office = ministerList(text, tokens, i, j);
    if (office > j) {
      i = office + 1;
      continue;
    }
    const listEnd = committeeListEnd(text, tokens, i, j);
    const listed = listEnd > j;
    j = listEnd;
    const chunk = tokens.slice(i, j + 1).filter((t) => t !== nickname);
    const counties = countyList(text, chunk);
    const kept = counties ? chunk.filter((t) => t !== counties) : chunk;
    for (const part of splitChunk(kept, listed))
      for (const c of makeCandidates(text, part, tokens, sentenceStarts)) {
        const named = nickname && c.tokens.length > 1 ? withoutNickname(c, nickname) : c;
        out.push(counties && !named.titlePrefix ? asCounty(named) : named);
      }
    i = j + 1;
  }
  return out;
}

/**
 * "Wayne and Washtenaw Counties" / "Kent and Ottawa counties": names listed before a plural
 * "counties" are each a county. Returns the token of that word (or a stand-in for a
 * lower-case one after the list), or null when the chunk is no such list.
 */
function countyList(text: string, chunk: Token[]): Token | null {
  const last = chunk[chunk.length - 1];
  if (!last || !chunk.some((t) => t.key === 'and')) return null;
  if (last.key === 'counties' || last.key === 'parishes') return last;
  const after = /^\s+(counties|parishes)\b/.exec(text.slice(last.end));
  return after ? { ...last, key: after[1] ?? 'counties', text: '' } : null;
}

/** A listed name as its county: "Washtenaw" -> "Washtenaw County". */
function asCounty(c: Candidate): Candidate {
  const county: Token = {
    text: 'County',
    key: 'county',
    start: c.end,
    end: c.end,
    cap: true,
    allCaps: false,
    possessive: false,
  };
  return { ...c, text: `${c.text} County`, tokens: [...c.tokens, county] };
}

const NICKNAME_GAP = /^\s["“‘]$/u;
const NICKNAME_CLOSE = /^["”’]\s$/u;

/** The candidate's name as written without the nickname inside it ("Seo-yeon Baek"). */
function withoutNickname(c: Candidate, nickname: Token): Candidate {
  const cut = c.text.indexOf(nickname.text);
  if (cut < 0) return c;
  return {
    ...c,
    text: `${c.text.slice(0, cut - 2)}${c.text.slice(cut + nickname.text.length + 1)}`,
  };
}

/** One subject of a body's name: capitalised words ("Labor", "Local Government"). */
const SUBJECT = String.raw`\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*`;

/** ", Education, Labor and Pensions Committee": the rest of a committee's list of subjects. */
const COMMITTEE_LIST = new RegExp(
  String.raw`^(?:,\s+${SUBJECT})+,?\s+(?:and|&)\s+${SUBJECT}?\s(?:Committee|Subcommittee|Commission)\b`,
  'u',
);

/**
 * ", Communities and Local Government", ", Energy and the Environment": the rest of a
 * ministry's list of subjects (a regular expression's source, also read by `resolveSpeaker`).
 */
export const MINISTRY_LIST_REST = String.raw`(?:,\s+${SUBJECT})+,?\s+and\s+(?:the\s+)?${SUBJECT}`;
/** "Ministry of Housing, Communities and Local Government": an office's or a body's whole name. */
export const OFFICE_LIST_NAME = String.raw`\b(?:Minister|Secretary|Ministry|Department)\s+(?:of|for)\s+${SUBJECT}${MINISTRY_LIST_REST}`;
const MINISTRY_LIST = new RegExp(`^${MINISTRY_LIST_REST}`, 'u');

/**
 * Bodies named after a list of their subjects: "the Senate Health, Education, Labor and
 * Pensions Committee", "the Ministry of Housing, Communities and Local Government". When such a
 * list (and a committee's head word) follows the chunk of tokens `i`..`j`, returns the index
 * of its last token; otherwise `j`.
 */
function committeeListEnd(text: string, tokens: Token[], i: number, j: number): number {
  const last = tokens[j];
  if (!last) return j;
  const after = text.slice(last.end, last.end + 200);
  // "The Ministry of ..." opening a sentence: the article is still in the chunk.
  const head = tokens[i]?.key === 'the' ? i + 1 : i;
  const ministry =
    /^(?:ministry|department)$/.test(tokens[head]?.key ?? '') && tokens[head + 1]?.key === 'of';
  const m = COMMITTEE_LIST.exec(after) ?? (ministry ? MINISTRY_LIST.exec(after) : null);
  return m ? lastTokenBy(tokens, j, last.end + m[0].length) : j;
}

/** The index of the last token from `j` on that ends by offset `end`. */
function lastTokenBy(tokens: Token[], j: number, end: number): number {
  let k = j;
  while (k + 1 < tokens.length && (tokens[k + 1] as Token).end <= end) k++;
  return k;
}

/** A lower-case noun after a place's name saying what kind of area it is. */
const AREA_AFTER = /^\s+(?:district|area|region|ward|constituency|electorate|division)\b/;

/**
 * "Wexford County Council for the Rosslare district": the chunk `i`..`j` ends in a place named
 * for the area it is ("Rosslare district"), after "for"/"of" (and "the"). Returns the index of
 * the token before that "for" or "of" (the body's name ends there), otherwise `j`.
 */
function beforeAreaOf(text: string, tokens: Token[], i: number, j: number): number {
  const last = tokens[j];
  if (!last || !AREA_AFTER.test(text.slice(last.end, last.end + 20))) return j;
  for (let k = j - 1; k > i; k--) {
    const key = (tokens[k] as Token).key;
    if (key === 'the') continue;
    if (key === 'for' || key === 'of') return k - 1 > i ? k - 1 : j;
    if (!(tokens[k] as Token).cap) return j;
  }
  return j;
}

/**
 * "Minister for Climate, Energy and the Environment," (tokens `i`..`j` up to "Climate"): the
 * index of the list's last token when a minister's or secretary's office is named by a list of
 * subjects and a comma follows it; otherwise `j`.
 */
function ministerList(text: string, tokens: Token[], i: number, j: number): number {
  const head = tokens[i]?.key === 'the' ? i + 1 : i;
  if (
    !/^(?:minister|secretary)$/.test(tokens[head]?.key ?? '') ||
    !/^(?:of|for)$/.test(tokens[head + 1]?.key ?? '')
  )
    return j;
  const last = tokens[j];
  const m = last ? MINISTRY_LIST.exec(text.slice(last.end, last.end + 200)) : null;
  if (!last || !m || text[last.end + m[0].length] !== ',') return j;
  return lastTokenBy(tokens, j, last.end + m[0].length);
}

/** Plural member titles after a party's name ("Labour MPs"). */
const MEMBER_PLURALS = new Set([
  'mps',
  'meps',
  'tds',
  'msps',
  'mlas',
  'senators',
  'lawmakers',
  'councillors',
]);

/** Adjectives that open organization names as often as sentences ("Northern Plains Midstream LLC"). */
const ORG_OPENERS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'national',
  'general',
  'great',
  'new',
  'first',
  'united',
  'american',
  'international',
  'global',
  'royal',
  'federal',
  'public',
  'state',
  'free',
  'open',
  'high',
]);

/** Heads of bodies named after subjects: the words before them are topics, not companies. */
const COMMITTEE_HEADS = new Set([
  'committee',
  'subcommittee',
  'commission',
  'caucus',
  'panel',
  'department',
  'division',
]);

/** Words that end only a firm's name: after "and" inside another body's name, a second name. */
const COMPANY_ENDINGS = new Set([
  'group',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'corp',
  'corp.',
  'holdings',
  ...TRADE_SUFFIXES,
]);

/** Words ending a street's name. */
const STREET_WORDS = new Set(
  'street st. avenue ave. road rd. boulevard blvd. drive lane highway parkway'.split(' '),
);

/** Words that end a county's name and may open a title too ("County Executive"). */
const COUNTY_WORDS = new Set(['county', 'parish', 'borough']);

/** Title words that only qualify another (see TITLE_MODIFIERS): no split after them alone. */
const TITLE_QUALIFIERS = new Set(TITLE_MODIFIERS);

/** Titles named with a portfolio before them: "Foreign Minister", "Home Secretary". */
const PORTFOLIO_TITLES = new Set([
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
/** Portfolios of ministers and secretaries ("Rwandan Foreign Minister Jane Roe"). */
const PORTFOLIOS = new Set([
  'foreign',
  'finance',
  'defense',
  'defence',
  'interior',
  'home',
  'justice',
  'health',
  'economy',
  'economic',
  'trade',
  'education',
  'energy',
  'environment',
  'labor',
  'labour',
  'agriculture',
  'transport',
  'transportation',
  'culture',
  'treasury',
  'housing',
  'communications',
  'industry',
  'immigration',
  'security',
  'prime',
]);

/** Titles written "Title of Office" before a name: "Secretary of State Marco Rubio", "Minister of Finance Jane Roe". */
const OFFICE_TITLES = new Set([
  'secretary',
  'minister',
  'chancellor',
  'director',
  'commissioner',
  'attorney',
  'ambassador',
  'governor',
  'undersecretary',
]);

/**
 * True when the "of" (or "for") at `k` joins an office title to its office and a person's name
 * follows: "Secretary of State Marco Rubio", "Cabinet Secretary for Transport Jane Roe" (a known
 * first name after the office, or three or more words).
 * Returns the index of the name's first token, or 0 when it is not such a title.
 */
function officeOf(chunk: Token[], k: number): number {
  const head = chunk[k - 1];
  if (!head || !OFFICE_TITLES.has(head.key)) return 0;
  let x = k + 1;
  if (chunk[x]?.key === 'the') x++;
  for (let y = x + 1; y < chunk.length - 1; y++)
    if (LEXICON.firstNameGender.has((chunk[y] as Token).key)) return y;
  return chunk.length - x >= 3 && !chunk.slice(x).some((t) => t.key === 'of' || t.key === 'and')
    ? x + 1
    : 0;
}

/** A known party's name, as its members are called before their names ("Liberal Democrat"). */
const PARTY_NAME = /\b(?:party|democrats|republicans|conservatives|greens|labour|labor|liberals)$/i;

/**
 * The length of a party's name opening `toks` before a person's name of two or three words
 * ("Liberal Democrat Jane Roe", "Labour Tom Reddin"), else 0.
 */
function partyBefore(toks: Token[]): number {
  for (let n = 1; n <= 3 && toks.length - n >= 2; n++) {
    const name = toks.slice(n);
    const org = LEXICON.organizations.get(keysOf(toks.slice(0, n)));
    if (
      org !== undefined &&
      PARTY_NAME.test(org) &&
      name.length <= 3 &&
      name.every(
        (t) =>
          t.cap &&
          !LEXICON.commonWords.has(t.key) &&
          !LEXICON.places.has(t.key) &&
          !LEXICON.orgSuffixes.has(t.key) &&
          !LEXICON.personTitles.has(t.key),
      )
    )
      return n;
  }
  return 0;
}

const TRADES = new Set(TRADE_SUFFIXES);

/**
 * True when the words before the "and" at `k` and one to three after it are a known name:
 * "Highlands and Islands" in "a Highlands and Islands MSP".
 */
function knownAcross(cur: Token[], chunk: Token[], k: number): boolean {
  const head = keysOf(cur);
  for (let n = 1; n <= 3 && k + n < chunk.length; n++) {
    const key = `${head} and ${keysOf(chunk.slice(k + 1, k + 1 + n))}`;
    if (LEXICON.places.has(key) || LEXICON.organizations.has(key)) return true;
  }
  return false;
}

/** True when `chunk[k]` is a committee's head word and "on" follows ("Committee on Aging"). */
function committeeOn(chunk: Token[], k: number): boolean {
  return COMMITTEE_HEADS.has(chunk[k]?.key ?? '') && chunk[k + 1]?.key === 'on';
}

/**
 * Splits a chunk at dates and at "and"/"of" that do not belong to one organization name.
 * `listed`: the chunk ends in a body's list of subjects (see `committeeListEnd`).
 */
function splitChunk(chunk: Token[], listed = false): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  const wholeKey = keysOf(chunk);
  const known = LEXICON.organizations.has(wholeKey) || LEXICON.places.has(wholeKey);
  // The name's last word: before a trailing date ("... Committee on Tuesday") and connectors.
  const dateAt = chunk.findIndex((t) => DATE_WORDS.has(t.key) && t.cap);
  const core = dateAt >= 0 ? chunk.slice(0, dateAt) : chunk;
  let end = core.length;
  while (end > 0 && !isNameToken(core[end - 1] as Token)) end--;
  const last = core[end - 1];
  const headOf = chunk.some(
    (t, k) =>
      (LEXICON.orgHeads.has(t.key) || LEXICON.orgSuffixes.has(t.key)) &&
      (chunk[k + 1]?.key === 'of' || chunk[k + 1]?.key === 'for' || committeeOn(chunk, k)),
  );
  const orgLike = known || headOf || (last !== undefined && LEXICON.orgSuffixes.has(last.key));
  // Committees are named after the fields they cover, which may end like a company
  // ("Energy and Natural Resources Committee"): an "and" before such a head stays.
  const committee = last !== undefined && COMMITTEE_HEADS.has(last.key);
  let sawHeadOf = false;
  for (let k = 0; k < chunk.length; k++) {
    const t = chunk[k];
    if (!t) continue;
    if (DATE_WORDS.has(t.key) && t.cap) {
      if (cur.length) parts.push(cur);
      cur = [];
      continue;
    }
    if (!known && (t.key === 'of' || t.key === 'for') && officeOf(chunk, k)) {
      cur.push(t);
      continue;
    }
    // "the Ohio Secretary of State's Office": one body (see `possessiveName`).
    if (t.key === 'of' && secretaryOfStateOffice(chunk, k - 1)) {
      cur.push(t);
      continue;
    }
    // "Senate Committee on Justice and Human Rights": the subjects after "on" are one name.
    if (!known && committeeOn(chunk, k - 1)) sawHeadOf = true;
    // Otherwise "on" ends a name: "Growers on the Prairies" at a sentence start.
    else if (!known && t.text === 'on' && !sawHeadOf) {
      if (cur.length) parts.push(cur);
      cur = [];
      continue;
    }
    // "Kentuckians for Fair Districts": a plural opening a name before "for" heads it.
    if (
      !known &&
      t.key === 'for' &&
      k === 1 &&
      cur.length === 1 &&
      /[^s]s$/.test(cur[0]?.key ?? '')
    )
      sawHeadOf = true;
    if (!known && (t.key === 'of' || t.key === 'for')) {
      const prev = cur[cur.length - 1];
      const orgHead =
        prev !== undefined &&
        (LEXICON.orgHeads.has(prev.key) ||
          (LEXICON.orgSuffixes.has(prev.key) && !TRADES.has(prev.key)));
      // "Gulf of Mexico", "Republic of Korea": a place head joins its "of" but, unlike an
      // organization's, no "and" after it ("... of Congo and Rwanda" are two places).
      // Once inside such a name, a later "of" stays too: "Forces for the Liberation of Rwanda".
      if (orgHead || sawHeadOf) sawHeadOf = true;
      else if (!(prev !== undefined && LEXICON.placeHeads.has(prev.key))) {
        if (cur.length) parts.push(cur);
        cur = [];
        continue;
      }
    }
    const leftSuffix =
      cur.length > 0 && LEXICON.orgSuffixes.has((cur[cur.length - 1] as Token).key);
    // "... Department of Science Education and the Robert Wood Johnson Foundation": "and the"
    // starts a second name even inside an "of" name, but not in a list of subjects
    // ("Department of Climate, Energy and the Environment").
    // So does a firm's name after "and": "Transport for NSW and Tandara Civil Group".
    // So does any name after a body "for" a place: "Transport for NSW and Tandara".
    const secondName =
      t.key === 'and' &&
      !listed &&
      (chunk[k + 1]?.key === 'the' ||
        (chunk.length - k > 2 && COMPANY_ENDINGS.has((chunk[chunk.length - 1] as Token).key)) ||
        (cur.length >= 3 &&
          cur[cur.length - 2]?.key === 'for' &&
          LEXICON.places.has((cur[cur.length - 1] as Token).key)));
    // "&" joins one name ("Procter & Gamble", "Brennan & Vale Therapeutics"); "and" may list two.
    if (
      !known &&
      t.key === 'and' &&
      (!sawHeadOf || secondName) &&
      (!orgLike || secondName || (leftSuffix && !headOf && !committee)) &&
      !knownAcross(cur, chunk, k)
    ) {
      if (cur.length) parts.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
    // "Ohio-based Darnell Freight", "a Lisbon-born Impressionist": the affixed word modifies
    // what follows and names only itself (see NAME_AFFIX).
    if (k < chunk.length - 1 && NAME_AFFIX.test(t.text)) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length) parts.push(cur);
  // Connectors never start or end a name.
  return parts
    .map((p) => {
      let a = 0;
      let b = p.length;
      while (a < b && p[a] && !isNameToken(p[a] as Token)) a++;
      while (b > a && p[b - 1] && !isNameToken(p[b - 1] as Token)) b--;
      return p.slice(a, b);
    })
    .filter((p) => p.length > 0);
}

/** The candidate of one chunk, preceded by any name prefix split off before a title ("Dayton" in "Dayton Mayor Jane Roe"). */
function makeCandidates(
  text: string,
  toks: Token[],
  all: Token[],
  sentenceStarts: Set<number>,
): Candidate[] {
  const prefixes: Candidate[] = [];
  const c = makeCandidate(text, toks, all, sentenceStarts, prefixes);
  return c ? [...prefixes, c] : prefixes;
}

/** The candidates of a name prefix split off before a title, marked as such. */
function titlePrefixes(
  text: string,
  toks: Token[],
  all: Token[],
  sentenceStarts: Set<number>,
): Candidate[] {
  return makeCandidates(text, toks, all, sentenceStarts).map((c) => ({ ...c, titlePrefix: true }));
}

function makeCandidate(
  text: string,
  toks: Token[],
  all: Token[],
  sentenceStarts: Set<number>,
  prefixes: Candidate[],
): Candidate | null {
  let a = 0;
  const first = toks[0];
  if (!first) return null;
  // After an abbreviation's period ("... Mining Corp. Neighboring Peru"), a common word opens
  // a sentence the splitter did not see.
  const before = all[all.indexOf(first) - 1];
  let sentenceInitial =
    sentenceStarts.has(first.start) ||
    (before !== undefined &&
      before.text.endsWith('.') &&
      !INITIALS.test(before.text) &&
      LEXICON.commonWords.has(first.key));
  // Drop leading function words ("But", "The") and, at a sentence start, common words.
  const lastKey = toks[toks.length - 1]?.key ?? '';
  const namedOrg =
    toks.length >= 3 &&
    (LEXICON.orgSuffixes.has(lastKey) ||
      LEXICON.placeSuffixes.has(lastKey) ||
      // "the National Union of Cocoa Producers"
      toks.some((t, x) => LEXICON.orgHeads.has(t.key) && toks[x + 1]?.key === 'of'));
  while (a < toks.length - 1) {
    const t = toks[a] as Token;
    const next = toks[a + 1] as Token;
    // A known name keeps its opening word: "the White House", "the New York Times".
    const restKey = keysOf(toks.slice(a));
    if (t.key !== 'the' && (LEXICON.organizations.has(restKey) || LEXICON.places.has(restKey)))
      break;
    // Kept at a sentence start: a first name before a surname ("Jan Hasselman", "May Chen"),
    // an adjective opening an organization name ("Northern Plains Midstream LLC").
    const firstName =
      a === 0 &&
      toks.length <= 3 &&
      LEXICON.firstNameGender.has(t.key) &&
      !LEXICON.commonWords.has(next.key);
    // ... also after "the": "the Public Utility Review Board".
    const orgOpener =
      toks.slice(0, a).every((x) => x.key === 'the') && namedOrg && ORG_OPENERS.has(t.key);
    if (
      t.key === 'the' ||
      ((sentenceInitial || a > 0) &&
        LEXICON.commonWords.has(t.key) &&
        !LEXICON.personTitles.has(t.key) &&
        !firstName &&
        !orgOpener)
    ) {
      a++;
      sentenceInitial = false;
    } else break;
  }
  let rest = toks.slice(a);
  // "Labour MPs", "Fianna Fáil TDs": the party is named; its members are a group. So is the
  // party of "the Saskatchewan Party MLA for X" or "a Labour MP".
  // So is the place of "a Highlands and Islands MSP".
  const members = rest[rest.length - 1];
  const membersOf = keysOf(rest.slice(0, -1));
  if (
    members &&
    rest.length > 1 &&
    (((MEMBER_PLURALS.has(members.key) || LEXICON.personTitles.has(members.key)) &&
      LEXICON.organizations.has(membersOf)) ||
      (LEXICON.personTitles.has(members.key) &&
        !TITLE_QUALIFIERS.has(members.key) &&
        LEXICON.places.has(membersOf)))
  )
    rest = rest.slice(0, -1);
  // "Opposition MPs", "backbench senators": members named as a group, no one's name.
  else if (members && rest.length > 1 && MEMBER_PLURALS.has(members.key)) return null;
  // Split off titles: "Dayton Mayor Jane Roe" -> prefix "Dayton", titles ["Mayor"], name "Jane Roe".
  const wholeKey = keysOf(rest);
  const titles: string[] = [];
  const lastTok = rest[rest.length - 1];
  const orgName =
    LEXICON.organizations.has(wholeKey) ||
    (lastTok !== undefined &&
      LEXICON.orgSuffixes.has(lastTok.key) &&
      !LEXICON.strongTitles.has(lastTok.key)) ||
    rest.some(
      (t, x) =>
        (LEXICON.orgHeads.has(t.key) &&
          (rest[x + 1]?.key === 'of' || rest[x + 1]?.key === 'for')) ||
        committeeOn(rest, x),
    );
  const officeAt = rest.findIndex(
    (t, x) => (t.key === 'of' || t.key === 'for') && officeOf(rest, x) > 0,
  );
  // "Board of Regents Chair Douglas Pruett", "Bloc Québécois Leader Étienne Marchessault": a
  // title and a person's name after a body's name.
  // The name after a strong title may have a first name the name list lacks ("Bank of
  // Portugal Governor Tiago Carvalhais"): two or three capitalised words, none common.
  const personAfterTitle = rest.some(
    (t, x) =>
      x > 0 &&
      LEXICON.personTitles.has(t.key) &&
      (LEXICON.firstNameGender.has(rest[x + 1]?.key ?? '') ||
        ((LEXICON.strongTitles.has(t.key) || t.key === 'leader' || t.key === 'chair') &&
          rest.length - x - 1 >= 2 &&
          rest
            .slice(x + 1)
            .every(
              (n) => n.cap && !LEXICON.commonWords.has(n.key) && !LEXICON.places.has(n.key),
            ))) &&
      rest.length - x - 1 <= 3 &&
      rest.slice(x + 1).every((n) => !LEXICON.orgSuffixes.has(n.key) && n.key !== 'of'),
  );
  if (officeAt > 0) {
    const nameAt = officeOf(rest, officeAt);
    let f = officeAt - 1;
    while (f - 1 >= 0 && LEXICON.personTitles.has((rest[f - 1] as Token).key)) f--;
    const prefix = rest.slice(0, f);
    titles.push(
      rest
        .slice(f, nameAt)
        .map((t) => t.text)
        .join(' '),
    );
    rest = rest.slice(nameAt);
    if (prefix.length) prefixes.push(...titlePrefixes(text, prefix, all, sentenceStarts));
    sentenceInitial = false;
  } else if (
    (!orgName || personAfterTitle) &&
    !LEXICON.places.has(wholeKey) &&
    // "Prince Albert Road", "King Street": a street named after a title holder.
    !STREET_WORDS.has(lastTok?.key ?? '')
  ) {
    let k = -1;
    for (let x = 0; x < rest.length - 1; x++) {
      const t = rest[x] as Token;
      if (
        (LEXICON.personTitles.has(t.key) && !LEXICON.commonWords.has(t.key.replace(/\.$/, ''))) ||
        LEXICON.strongTitles.has(t.key) ||
        // "Leader" is a common word too, but capitalised inside a name it is a title.
        (t.key === 'leader' && x > 0)
      )
        k = x;
    }
    // "Majority Leader John Thune": a title word right after a title belongs to it.
    while (k >= 0 && k + 2 < rest.length && LEXICON.personTitles.has((rest[k + 1] as Token).key))
      k++;
    // Qualifiers alone are no title: "the U.S. Federal Reserve" (but "Secretary General").
    let head = k;
    while (head - 1 >= 0 && LEXICON.personTitles.has((rest[head - 1] as Token).key)) head--;
    if (
      k >= 0 &&
      rest
        .slice(head, k + 1)
        .every((t) => TITLE_QUALIFIERS.has(t.key) && !LEXICON.strongTitles.has(t.key))
    )
      k = -1;
    if (k >= 0) {
      let f = k;
      while (
        f - 1 >= 0 &&
        (LEXICON.personTitles.has((rest[f - 1] as Token).key) ||
          stateAttorney(rest[f - 1], rest[f]) ||
          (PORTFOLIO_TITLES.has((rest[k] as Token).key) &&
            PORTFOLIOS.has((rest[f - 1] as Token).key)))
      )
        f--;
      // "Kisumu County Governor Jo Roe": the county is the place, "Governor" the title.
      if (f > 0 && f < k && COUNTY_WORDS.has((rest[f] as Token).key)) f++;
      const prefix = rest.slice(0, f);
      titles.push(
        rest
          .slice(f, k + 1)
          .map((t) => t.text)
          .join(' '),
      );
      rest = rest.slice(k + 1);
      if (prefix.length) prefixes.push(...titlePrefixes(text, prefix, all, sentenceStarts));
      sentenceInitial = false;
    }
  }
  // "Liberal Democrat Jane Roe": a party named before a member's name, with no title between.
  if (!titles.length) {
    const party = partyBefore(rest);
    if (party > 0) {
      prefixes.push(...titlePrefixes(text, rest.slice(0, party), all, sentenceStarts));
      rest = rest.slice(party);
      sentenceInitial = false;
    }
  }
  const r0 = rest[0];
  const rN = rest[rest.length - 1];
  if (!r0 || !rN) return null;
  if (
    rest.length === 1 &&
    !r0.allCaps &&
    (LEXICON.commonWords.has(r0.key) || (sentenceInitial && LEXICON.personTitles.has(r0.key)))
  )
    return null;
  // Lower-case titles just before the name: "state Sen. Jane Roe", "Council member Jane Roe".
  if (!titles.length) {
    const idx = all.indexOf(r0);
    const pre: string[] = [];
    for (let x = idx - 1; x >= 0 && x >= idx - 3; x--) {
      const t = all[x] as Token;
      const nextT = all[x + 1] as Token;
      if (!LEXICON.personTitles.has(t.key) || !/^[\s]*$/.test(text.slice(t.end, nextT.start)))
        break;
      pre.unshift(t.text);
    }
    if (pre.length && pre.some((w) => LEXICON.strongTitles.has(w.toLowerCase())))
      titles.push(pre.join(' '));
  }
  let end = rN.possessive ? rN.end - 2 : rN.end;
  // "Texas-based", "Chicago-born": the name is the part before the hyphen.
  const affix = NAME_AFFIX.exec(rN.text);
  if (affix) {
    end = rN.end - affix[0].length;
    const bare = {
      ...rN,
      text: rN.text.slice(0, -affix[0].length),
      end,
      key: rN.key.slice(0, -affix[0].length),
      possessive: false,
    };
    rest = [...rest.slice(0, -1), bare];
  }
  // A union local and a school district keep their number: "Bus Workers Alliance Local 412",
  // "Galt Unit School District 205".
  const localNo =
    (rN.key === 'local' || rN.key === 'district') && rest.length > 1
      ? /^ \d{1,5}\b/.exec(text.slice(end))
      : null;
  if (localNo) end += localNo[0].length;
  // A military unit keeps its ordinal: "3rd Infantry Division", "101st Airborne Division".
  let start = r0.start;
  const ordinal = MILITARY_UNIT_WORDS.has(rN.key) ? all[all.indexOf(r0) - 1] : undefined;
  if (ordinal && ORDINAL.test(ordinal.text) && text.slice(ordinal.end, r0.start) === ' ')
    start = ordinal.start;
  return {
    start,
    end,
    text: text.slice(start, end),
    tokens: rest,
    titles,
    sentenceInitial,
  };
}

/** Like `findCandidates` (which includes name prefixes split off before titles), sorted by offset. */
export function findAllCandidates(
  text: string,
  tokens: Token[],
  sentenceStarts: Set<number>,
): Candidate[] {
  const found = findCandidates(text, tokens, sentenceStarts);
  const expanded = acronymExpansions(text, tokens, sentenceStarts);
  const kept = found.filter((c) => !expanded.some((e) => c.start < e.end && e.start < c.end));
  return [...kept, ...expanded].sort((x, y) => x.start - y.start);
}

/** Lower-case words a body's name may hold between the words its initials come from. */
const INITIAL_FILLERS = new Set(
  'de du des la le les et en pour sur del della di da do dos das y e of the and for'.split(' '),
);
/** An elided article or preposition opening a word: "l’informatique", "d’Arc". */
const ELISION = /^[ld]['’]/i;

/** The first letter of a word without its elision and accent ("l’État" -> "e"). */
function initialOf(word: string): string {
  return word.replace(ELISION, '').normalize('NFD').charAt(0).toLowerCase();
}

/**
 * The index of the first token of the words ending at `tokens[t]` whose initials are `letters`
 * (with filler words between them), or null.
 */
function initialsStart(
  text: string,
  tokens: Token[],
  t: number,
  letters: string,
  fillerInitials: boolean,
): number | null {
  let li = letters.length - 1;
  for (let k = t; k >= 0; k--) {
    const tok = tokens[k] as Token;
    const next = tokens[k + 1];
    // Words are joined by a space, or a comma in a list ("Atmospheric, Geophysical and ...").
    if (k < t && next && !/^,? $/.test(text.slice(tok.end, next.start))) return null;
    const filler = INITIAL_FILLERS.has(tok.key);
    if (initialOf(tok.text) === letters[li] && (fillerInitials || !filler)) {
      li--;
      if (li < 0) return k;
    } else if (!filler) return null;
  }
  return null;
}

/**
 * "the Commission nationale de l’informatique et des libertés (CNIL)": a name written with
 * lower-case words, as French, Spanish or Italian bodies are, found from the initials in
 * parentheses after it. Only names with a lower-case word its initials count, or with a comma
 * ("Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)"):
 * the others are found as capitalised words.
 */
function acronymExpansions(
  text: string,
  tokens: Token[],
  sentenceStarts: Set<number>,
): Candidate[] {
  const out: Candidate[] = [];
  let t = 0;
  for (const m of text.matchAll(/ \((\p{Lu}{3,6})\)/gu)) {
    while (t + 1 < tokens.length && (tokens[t + 1] as Token).end <= m.index) t++;
    const lastTok = tokens[t];
    if (!lastTok || lastTok.end !== m.index) continue;
    const letters = (m[1] ?? '').toLowerCase();
    // Filler words give no initial, unless the initials need them ("Banco de la Nación (BDLN)").
    const k =
      initialsStart(text, tokens, t, letters, false) ??
      initialsStart(text, tokens, t, letters, true);
    const first = k === null ? undefined : tokens[k];
    if (k === null || !first?.cap) continue;
    const toks = tokens.slice(k, t + 1);
    const listed = text.slice(first.start, lastTok.end).includes(',');
    if (!listed && toks.every((x) => x.cap || INITIAL_FILLERS.has(x.key))) continue;
    out.push({
      start: first.start,
      end: lastTok.end,
      text: text.slice(first.start, lastTok.end),
      tokens: toks,
      titles: [],
      sentenceInitial: sentenceStarts.has(first.start),
      acronym: m[1],
    });
  }
  return out;
}
