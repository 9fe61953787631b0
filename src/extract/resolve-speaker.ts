import type { IndexedMention, MentionIndex } from './mention-index.js';
import { datelineOf } from './dateline.js';
import { OFFICE_LIST_NAME } from './find-candidates.js';
import { LEXICON } from './lexicon.js';

/** Who a subject phrase refers to, and how it was found. */
export interface Speaker {
  entityId: string;
  how: 'name' | 'pronoun' | 'nominal';
  /**
   * Set when the phrase was a pronoun or an organization nominal ("the company") resolved by
   * position only: `refineSpeakers` may re-resolve it from the surrounding statements.
   */
  refer?: 'he' | 'she' | 'it' | 'org';
  /** Offset of the subject phrase (set with `refer`). An unresolved pronoun has entityId ''. */
  at?: number;
  /** Gender the phrase itself states ("an EPA spokeswoman" -> female), when it does. */
  gender?: 'male' | 'female';
  /** Other people speaking with this one: "Okafor and Ellery said" -> Okafor. */
  also?: string[];
}

const PERSON_ROLES: Record<string, string[]> = {
  senator: ['sen.', 'senator'],
  governor: ['gov.', 'governor'],
  mayor: ['mayor'],
  president: ['president'],
  judge: ['judge', 'justice'],
  coach: ['coach'],
  superintendent: ['superintendent'],
  sheriff: ['sheriff'],
  chief: ['chief'],
  ceo: ['ceo', 'chief executive'],
  executive: ['executive', 'ceo'],
  representative: ['rep.', 'representative'],
  congressman: ['rep.', 'congressman'],
  congresswoman: ['rep.', 'congresswoman'],
  commissioner: ['commissioner'],
  secretary: ['secretary'],
  minister: ['minister'],
  premier: ['premier'],
  taoiseach: ['taoiseach'],
  chancellor: ['chancellor'],
  ambassador: ['ambassador'],
  envoy: ['envoy'],
  prosecutor: ['prosecutor', 'attorney'],
  inspector: ['inspector'],
  chair: ['chair'],
  treasurer: ['treasurer'],
  dean: ['dean'],
  pastor: ['pastor', 'rev.', 'reverend'],
  director: ['director'],
  manager: ['manager'],
  clerk: ['clerk'],
  officer: ['officer'],
  detective: ['detective'],
  agent: ['agent'],
  captain: ['capt.', 'captain'],
  doctor: ['dr.'],
  professor: ['prof.', 'professor'],
  researcher: [],
  scientist: [],
  economist: [],
  analyst: [],
  lawyer: [],
  attorney: ['attorney'],
  owner: ['owner'],
  founder: ['founder'],
  chairman: ['chairman', 'chair'],
  chairwoman: ['chairwoman', 'chair'],
  lawmaker: ['sen.', 'rep.'],
  official: [],
  spokesman: [],
  spokeswoman: [],
  spokesperson: [],
  forecaster: [],
  physician: ['dr.'],
  epidemiologist: ['dr.'],
  player: [],
  guard: [],
  forward: [],
  star: [],
  author: [],
  principal: ['principal'],
  teacher: [],
  nurse: [],
  president_: [],
  leader: ['leader'],
  head: ['head'],
  boss: [],
  candidate: ['candidate'],
  activist: ['activist'],
};
/** Bodies, and projects named like them ("Parramatta Light Rail"), that "the company" never means. */
const NOT_A_FIRM =
  /\b(?:union|local|party|council|committee|association|federation|confederation|ministry|department|agency|commission|court|government|league|senate|house|assembly|parliament|police|university|school|hospital|wire|press|news|rail|metro|line|project|tunnel|bridge|motorway|pipeline|residents|campaign|coalition|alliance)\b/i;
const ORG_NOUNS = new Set([
  'agency',
  'company',
  'firm',
  'department',
  'authority',
  'board',
  'district',
  'union',
  'council',
  'commission',
  'committee',
  'center',
  'museum',
  'university',
  'school',
  'group',
  'city',
  'county',
  'ministry',
  'bank',
  'team',
  'league',
  'coalition',
  'organization',
  'foundation',
  'institute',
  'service',
  'bureau',
  'office',
  'court',
  'hospital',
  'airline',
  'startup',
  'chipmaker',
  'automaker',
  'retailer',
  'bakery',
  'utility',
  'administration',
  'campaign',
  'festival',
  'studio',
  'network',
  'newspaper',
  'paper',
  'outlet',
  'platform',
  'party',
  'association',
  'alliance',
  'government',
  'state',
  'club',
  'program',
  'police',
  'sheriff’s',
  'fund',
  'lab',
  'laboratory',
  'nonprofit',
  'charity',
  'manufacturer',
  'maker',
  'developer',
  'lender',
  'insurer',
  'carrier',
  'operator',
  'distributor',
  'chain',
  'brand',
  'label',
  'publisher',
  'broadcaster',
  'regulator',
  'watchdog',
  'charity',
  'tribe',
  'ministry',
  'parliament',
  'cabinet',
  'tribunal',
  'panel',
  'forum',
  'trust',
  'society',
  'federation',
  'confederation',
  'syndicate',
  'cooperative',
  'chamber',
  'guild',
  'consortium',
  'exchange',
  // Publications and observatories: "the journal said", "the observatory said".
  'journal',
  'magazine',
  'observatory',
  // A firm by its place in a group: "the unit", "the subsidiary", "the carmaker".
  'unit',
  'subsidiary',
  'carmaker',
  'producer',
  'supplier',
  'shipbuilder',
  'miner',
]);
const SPOKES =
  /(?:spokes(?:man|woman|person)|representative|official|officials|statement|release)$/;
const GROUPS = new Set([
  'officials',
  'critics',
  'supporters',
  'residents',
  'experts',
  'analysts',
  'people',
  'parents',
  'advocates',
  'opponents',
  'others',
  'some',
  'many',
  'they',
  'researchers',
  'scientists',
  'authorities',
  'investigators',
  'witnesses',
  'neighbors',
  'members',
  'leaders',
  'lawmakers',
  'democrats',
  'republicans',
  'sources',
  'observers',
  'economists',
  'doctors',
  'students',
  'teachers',
  'organizers',
  'prosecutors',
  'police',
]);

type Quotes = { start: number; end: number }[];

/** A lower-case word: the chunk is a description ("Kenya’s finance minister"), not only a name. */
const NOMINAL = /(?:^|\s)\p{Ll}{2,}/u;
/** Lower-case words inside names ("Jane Doe of Acme", "Ursula von der Leyen"). */
const NAME_LINKS =
  /\s(?:of|the|and|for|de|da|do|dos|das|del|della|van|von|der|den|bin|ibn|al|la|le|du)(?=\s)/gu;

// Adverbs and time phrases between subject and verb: "Smith also", "Smith on Sunday", "Doe, in a statement,".
const TRAILING_ADVERB =
  /(?:\s+|^|,\s*)(?:also|then|later|previously|earlier|repeatedly|again|further|similarly|separately|once|has|have|had|would|will|long|recently|privately|publicly|however|too|meanwhile|himself|herself|itself|themselves|(?:on|late|early|last|this)\s+\p{Lu}\w+(?:\s+(?:morning|afternoon|evening|night))?|\p{Lu}[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|in\s+(?:an?\s+)?[\w\s-]{1,30}(?:statement|interview|email|post|letter))\s*,?\s*$/u;
// "X and her colleagues wrote", "X and colleagues estimated": the named lead speaks for the group.
const AND_COLLEAGUES =
  /\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|team|research team|collaborators|fellow researchers)\s*$/u;
// A leading clause or adverbial before the subject: "In a statement,", "On Tuesday,", "If approved,".
const INTRO =
  /^\s*(?:in|on|at|after|before|during|while|when|since|although|though|because|as|for|from|with|without|under|over|by|despite|following|unlike|like|earlier|later|meanwhile|however|separately|still|yet|but|and|also|then|now|today|yesterday|last|this|instead|asked|reached|contacted|interviewed|speaking|writing|responding|if|once|until|\p{Lu}[a-z]+day\b)\b/iu;
/** Sports leagues, for "the league". */
const LEAGUE =
  /\b(?:NBA|WNBA|NFL|MLB|NHL|MLS|NWSL|AFL|NRL|IPL|EFL|League|Liga|Bundesliga|Serie A|Ligue 1|National Basketball Association)\b/;
/** A body named as part of a group: "the unit", "its subsidiary". */
const GROUP_PART = /^(?:unit|subsidiary|arm|division)$/;
/**
 * Words naming public bodies, for "the agency" or "the regulator" (and not "the company"), also
 * central banks and French, Spanish and Italian names ("Autorité ...", "Comisión ...").
 */
const GOVERNMENT_WORDS =
  /(?<![\p{L}])(?:administration|agency|department|bureau|service|commission|office|ministry|authority|board|council|court|police|centers?|congress|senate|house|parliament|government|regulator|watchdog|reserve|central\s+bank|autorit[éàa]|autoridad|agence|agencia|agenzia|comisi[óo]n|commissione|minist[eè]re|ministerio|ministero)(?![\p{L}])/iu;
const PARTITIVE =
  /^\s*(?:one|some|another|two|three|several|many)\s+of\s+(?:them|those|the\s+\w+)\s*$/i;
const PREPOSITION_END =
  /\b(?:of|for|with|to|by|about|against|from|at|on|in|over|than|like|including|between|among|whom|that|which|who|into|under|after|before)\s*$/i;
const PRONOUN_LEAD =
  /(?:^|[,;:—–]|\b(?:and|but|so|then|yet|whom|who|which|that|as|while|though|although|because|when|where|now))\s*$/i;

/**
 * Resolves the subject phrase `text.slice(a, b)` of a reporting verb to an entity. The phrase
 * is read as `[intro,] subject[, appositive,]`: the subject is the first chunk that is not an
 * introductory adverbial ("In a statement, Smith said"; "Doe, 54, a nurse who ..., said";
 * "The Water Authority (WA), which ..., said"). A subject is a name ending the chunk (after
 * at most a few title words, not after a preposition), "X of Org", a pronoun (nearest person
 * of matching gender, outside quotes), a nominal ("the senator" -> nearest person with that
 * title; "the company", "an Acme spokeswoman", "a spokesperson for X" -> that organization).
 * Unnamed groups ("officials", "critics") give null.
 */
export function resolveSpeaker(
  text: string,
  a: number,
  b: number,
  index: MentionIndex,
  quotes: Quotes,
): Speaker | null {
  // "BOGOTA, March 4 (Reuters) - Colombia's finance minister said": the dateline is no subject.
  const dateline = datelineOf(text.slice(a, b));
  if (dateline) a += dateline.length;
  // "But Jane Doe told reporters ...": a leading conjunction is no intro clause.
  const conj = /^\s*(?:but|and|yet|so)\s+(?=\p{Lu})/iu.exec(text.slice(a, b));
  if (conj) a += conj[0].length;
  let phrase = text.slice(a, b);
  for (;;) {
    const m = TRAILING_ADVERB.exec(phrase);
    if (!m || m[0].length === 0) break;
    // A comma before or after the adverb closes an aside: "Doe, in a statement, said", "Doe,
    // who arrived on Wednesday, said", "Doe, a TD for Limerick, later told reporters".
    phrase = phrase.slice(0, m.index) + (/^\s*,|,\s*$/.test(m[0]) ? ',' : '');
  }
  phrase = phrase.replace(AND_COLLEAGUES, '');
  // The phrase is the text's own prefix, but for a comma put back after an aside.
  const endsInComma = /,\s*$/.test(phrase);
  const kept = phrase.trimEnd();
  const end = a + (text.startsWith(kept, a) ? kept.length : kept.length - 1);
  const chunks = splitChunks(text, a, end);
  const lead = chunks.findIndex(
    (c) => !INTRO.test(text.slice(c.start, c.end)) && /\S/.test(text.slice(c.start, c.end)),
  );
  if (lead < 0) return null;
  // "Doe, 54, said" / "The agency, which ..., said": the subject is the first non-intro chunk.
  // Otherwise it is the last chunk: "In a statement, the company said".
  const at = endsInComma ? lead : chunks.length - 1;
  const c = chunks[at];
  if (!c) return null;
  // "The company's chief executive, Jane Doe, said", "A spokesman for the Corps, Lt. Col. Jo Roe,
  // said": a nominal followed by a person's name in apposition; the named person speaks.
  // Also after a partitive: "One of them, retired teacher Gloria Meeks, told the council".
  const next = chunks[at + 1];
  const head = text.slice(c.start, c.end).replace(NAME_LINKS, ' ');
  if (
    endsInComma &&
    next &&
    // Not a relative clause: "Coach Dale Ferris, whose team plays the Heat on Friday, told".
    !/^\s*(?:whose|who|which|where|when)\b/.test(text.slice(next.start, next.end)) &&
    (NOMINAL.test(head) || PARTITIVE.test(head) || titledHead(head))
  ) {
    const nextEnd = trimEnd(text, next.start, next.end);
    // ... also with a modifier after the name: "His attorney, Jo Roe of Roe Barros LLP, said".
    const named = headOfPhrase(text, next.start, nextEnd, index) ?? index.endingAt(nextEnd);
    const lead = named ? text.slice(next.start, named.start) : '';
    // ... or a body: "The industry's lobby group, the Eastern Gas Producers Council, said".
    if (
      named &&
      (named.type === 'PERSON' || named.type === 'ORGANIZATION') &&
      /^\s*(?:[\p{L}.\u2024’'-]+\s+){0,4}$/u.test(lead)
    )
      return { entityId: named.entityId, how: 'name' };
  }
  return resolveHead(text, c.start, c.end, index, quotes);
}

/** A role written in capitals: "Kenya's Cabinet Secretary for Environment". */
function titledHead(head: string): boolean {
  return head.split(/\s+/).some((w) => LEXICON.strongTitles.has(w.toLowerCase()));
}

/** An office or a body named by a list of subjects: "Minister for Climate, Energy and the Environment". */
const OFFICE_LIST = new RegExp(OFFICE_LIST_NAME, 'u');

/** Top-level comma chunks of [a, b) (commas inside parentheses or an office's list do not split). */
function splitChunks(text: string, a: number, b: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let s = a;
  // "The Minister for Climate, Energy and the Environment, Jo Roe, said": the office's list of
  // subjects is one chunk.
  const list = OFFICE_LIST.exec(text.slice(a, b));
  const listStart = list ? a + list.index : b;
  const listEnd = list ? listStart + list[0].length : b;
  for (let i = a; i < b; i++) {
    const ch = text[i];
    if (i >= listStart && i < listEnd) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end: b });
  return out;
}

function trimEnd(text: string, a: number, b: number): number {
  let e = b;
  while (e > a && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Resolves one subject chunk (no top-level commas). */
function resolveHead(
  text: string,
  a: number,
  b: number,
  index: MentionIndex,
  quotes: Quotes,
): Speaker | null {
  let end = trimEnd(text, a, b);
  // "The Water Authority (WA)": drop a closing parenthetical.
  const paren = /\s*\([^()]*\)$/.exec(text.slice(a, end));
  const named = index.endingAt(end) ?? (paren ? index.endingAt(a + paren.index) : undefined);
  if (paren && !index.endingAt(end)) end = a + paren.index;
  const head = headOfPhrase(text, a, end, index);
  // "Grand Chief Jo Roe of the Treaty Council said": the person, not the body after "of the".
  if (named?.type === 'ORGANIZATION' && head?.type === 'PERSON')
    return { entityId: head.entityId, how: 'name' };
  if (named && named.type !== 'PLACE') {
    const before = text.slice(a, named.start);
    if (before.trim().split(/\s+/).length <= 6 && !PREPOSITION_END.test(before)) {
      // "Okafor and Ellery said": both speak.
      const and = /\s+and\s+$/.exec(before);
      const partner = and ? index.endingAt(a + and.index) : undefined;
      if (
        partner &&
        named.type === 'PERSON' &&
        partner.type === 'PERSON' &&
        partner.entityId !== named.entityId &&
        /^\s*$/.test(text.slice(a, partner.start))
      )
        return { entityId: named.entityId, how: 'name', also: [partner.entityId] };
      return { entityId: named.entityId, how: 'name' };
    }
  }
  const phrase = text.slice(a, end).trim();
  if (head) return { entityId: head.entityId, how: 'name' };
  const words = phrase.toLowerCase().split(/\s+/);
  const lastWord = (words[words.length - 1] ?? '').replace(/[^\p{L}’']/gu, '');
  if (lastWord === 'he' || lastWord === 'she' || lastWord === 'it') {
    const before = phrase.slice(0, phrase.length - lastWord.length);
    if (!PRONOUN_LEAD.test(before)) return null;
    if (lastWord === 'it') {
      const m = index.lastBefore(a, (x) => x.type === 'ORGANIZATION', quotes);
      return m ? { entityId: m.entityId, how: 'pronoun', refer: 'it', at: a } : null;
    }
    const want = lastWord === 'he' ? 'male' : 'female';
    const m = index.lastBefore(
      a,
      (x) => x.type === 'PERSON' && (x.gender === want || x.gender === 'unknown'),
      quotes,
    );
    // No person fits: left unresolved ('') for `refineSpeakers` ("a spokeswoman said ... She said").
    return { entityId: m?.entityId ?? '', how: 'pronoun', refer: lastWord, at: a };
  }
  // "a spokesperson for the agency", "a spokeswoman for Acme".
  const forM =
    /\b(?:spokes\w+|representatives?|officials?|lawyers?|attorneys?|analysts?|economists?|researchers?|scientists?|strategists?)\s+(?:for|with|at|of|from)\s+(.+)$/i.exec(
      phrase,
    );
  if (forM) {
    const start = a + text.slice(a, end).lastIndexOf(forM[1] ?? '');
    const m = index.firstIn(start, end);
    if (m && m.type === 'ORGANIZATION')
      return { entityId: m.entityId, how: 'name', ...spokesGender(phrase) };
    if (m) return null;
    // "a spokeswoman for the minister": the office holder named before speaks through them.
    const role = /^(?:the|her|his|their)\s+(\p{L}+)$/u.exec((forM[1] ?? '').trim())?.[1];
    const holder = role ? roleHolder(role.toLowerCase(), a, index, quotes) : null;
    if (holder) return holder;
    return nominalOrg(forM[1] ?? '', a, index, quotes, text);
  }
  // "The 52-year-old forklift operator": a person described by age is the last one named.
  if (/^the\s+\d{1,3}-year-old\s/i.test(phrase)) {
    const m = index.lastBefore(a, (x) => x.type === 'PERSON', quotes);
    return m ? { entityId: m.entityId, how: 'nominal' } : null;
  }
  const kin = KIN_SUBJECT.exec(phrase);
  if (kin) return kinNamedBefore(text, a, kin[1] ?? '', index);
  // "the minister", "its chief executive", "Colombia's finance minister".
  if (
    !/^(?:(?:the|a|an|his|her|their|its)\b|\p{Lu}[\p{L}.-]*['’]s\s)/iu.test(phrase) ||
    words.length > 6
  )
    return null;
  if (GROUPS.has(lastWord)) return null;
  if (SPOKES.test(lastWord)) {
    // "An Acme Corp. spokeswoman": the organization named inside the phrase.
    const inner = index.firstIn(a, end);
    // ... or the polity speaking through one: "a European Union spokesperson".
    if (inner && (inner.type === 'ORGANIZATION' || inner.type === 'PLACE'))
      return { entityId: inner.entityId, how: 'name', ...spokesGender(phrase) };
    const org = nominalOrg(phrase, a, index, quotes, text);
    return org ? { ...org, ...spokesGender(phrase) } : null;
  }
  if (ORG_NOUNS.has(lastWord)) {
    const inner = index.firstIn(a, end);
    if (inner && inner.type === 'ORGANIZATION') return { entityId: inner.entityId, how: 'name' };
    return nominalOrg(phrase, a, index, quotes, text);
  }
  return roleHolder(lastWord, a, index, quotes);
}

/**
 * The named head of a phrase with a modifier after it: "Jane Doe of Acme Corp." (the person, not
 * the organization), "The National Weather Service in Missoula" (the service, not the city).
 * Only titles and articles may stand before it.
 */
function headOfPhrase(
  text: string,
  a: number,
  end: number,
  index: MentionIndex,
): IndexedMention | null {
  const first = index.firstIn(a, end);
  if (
    first &&
    (first.type === 'PERSON' ||
      (first.type === 'ORGANIZATION' && /^\s+in\s/.test(text.slice(first.end, end)))) &&
    /^\s*$/.test(
      text.slice(a, first.start).replace(/(?:\p{Lu}[\p{L}’'.\u2024-]*|\b(?:the|a|an)\b)\s*/gu, ''),
    ) &&
    /^\s+(?:of|at|from|with|in)\s/.test(text.slice(first.end, end))
  )
    return first;
  return null;
}

/**
 * The person holding the office `role` names ("the minister", "the mayor"): the last person
 * before `a` with such a title, else the last person; null when `role` names no office.
 */
function roleHolder(role: string, a: number, index: MentionIndex, quotes: Quotes): Speaker | null {
  const roles = PERSON_ROLES[role];
  if (!roles) return null;
  const holds = (x: IndexedMention): boolean =>
    x.type === 'PERSON' && x.titles.some((t) => roles.some((r) => t.toLowerCase().includes(r)));
  const titled = index.lastBefore(a, holds, quotes);
  const m = titled ?? index.lastBefore(a, (x) => x.type === 'PERSON', quotes);
  if (m) return { entityId: m.entityId, how: 'nominal' };
  // A lede names the office before its holder: "Colombia's finance minister on Wednesday
  // accused ..." ... "Finance Minister Jane Roe told ...": the first person after with that title.
  const ahead = index.firstAfter(a, holds);
  return ahead ? { entityId: ahead.entityId, how: 'nominal' } : null;
}

/** "Her brother", "his younger sister": a relative as the subject. */
const KIN_SUBJECT =
  /^(?:his|her|their)\s+(?:(?:older|younger|elder|twin|late)\s+)?(brother|sister|wife|husband|son|daughter|mother|father|cousin|uncle|aunt|niece|nephew|grandson|granddaughter|grandmother|grandfather|partner)$/i;

/**
 * The person an earlier sentence named in apposition to that relative: "Lucia Doe and her
 * younger brother, Mateo Doe, run ..." makes a later "Her brother said" Mateo Doe's words.
 */
function kinNamedBefore(text: string, a: number, kin: string, index: MentionIndex): Speaker | null {
  const re = new RegExp(`\\b${kin.toLowerCase()},\\s+`, 'g');
  const before = text.slice(0, a);
  let found: Speaker | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const at = m.index + m[0].length;
    const named = index.firstIn(at, Math.min(a, at + 60));
    if (named && named.type === 'PERSON' && named.start === at)
      found = { entityId: named.entityId, how: 'name' };
  }
  return found;
}

function spokesGender(phrase: string): { gender?: 'male' | 'female' } {
  if (/\bspokeswoman\b/i.test(phrase)) return { gender: 'female' };
  if (/\bspokesman\b/i.test(phrase)) return { gender: 'male' };
  return {};
}

/** Heads of bodies of members: "the union" may have an umbrella union named beside it. */
const MEMBER_HEADS = new Set(['union', 'federation', 'confederation', 'association', 'guild']);

/** Nouns describing a firm, which "the company" or "the firm" may take up later. */
const FIRM_KINDS =
  'company|firm|startup|start-up|maker|manufacturer|retailer|developer|lender|insurer|airline|miner|producer|supplier|operator|conglomerate|chain|group';

/**
 * "the company", "a board spokesman": an organization whose name holds the noun; else, for
 * "the company"/"the firm", the organization mentioned most so far (the article's company);
 * else the nearest organization. Position-only picks are marked for `refineSpeakers`.
 */
function nominalOrg(
  phrase: string,
  a: number,
  index: MentionIndex,
  quotes: Quotes,
  text: string,
): Speaker | null {
  const words = phrase.toLowerCase().split(/[\s’']+/);
  // "a Local 480 spokesperson": the union local of that number.
  const local = /\blocal\s+(\d{1,5})\b/i.exec(phrase)?.[1];
  if (local) {
    const numbered = new RegExp(String.raw`\bLocal\s+${local}\b`, 'i');
    const m = index.lastBefore(
      a,
      (x) => x.type === 'ORGANIZATION' && numbered.test(x.name),
      quotes,
    );
    if (m) return { entityId: m.entityId, how: 'nominal' };
  }
  // "Tallgrass Cyber, a Denver-based cybersecurity firm, ... the firm wrote": the body lately
  // described with the same noun.
  const noun = words.at(-1) ?? '';
  if (ORG_NOUNS.has(noun) && noun.length > 2) {
    // "the company" was described as any kind of firm: "Veridane, a French startup".
    const kinds = noun === 'company' || noun === 'firm' ? FIRM_KINDS : noun;
    const describedAs = new RegExp(
      String.raw`^\s*,\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:${kinds})\b`,
      'iu',
    );
    const m = index.lastBefore(
      a,
      (x) =>
        x.type === 'ORGANIZATION' &&
        a - x.end < 600 &&
        describedAs.test(text.slice(x.end, x.end + 80)),
      quotes,
    );
    if (m) return { entityId: m.entityId, how: 'nominal' };
  }
  // "the employers' group" -> "... Employers Council": a modifier that names the organization.
  const modifiers = words.filter(
    (w) => w.length >= 5 && !ORG_NOUNS.has(w) && !LEXICON.commonWords.has(w) && !SPOKES.test(w),
  );
  const nouns = [
    ...words.filter((w) => ORG_NOUNS.has(w) || LEXICON.orgSuffixes.has(w)),
    ...modifiers,
  ];
  const named = (m: IndexedMention): boolean =>
    m.type === 'ORGANIZATION' && nouns.some((n) => m.name.toLowerCase().includes(n));
  // "the hospital trust": a body named by the head noun ("... Trust") before one named by the
  // modifier ("... Hospital"), even one a lede names only later. Of two unions, "the union" is
  // the one the article names most (ties: the latest), not an umbrella body named in passing.
  const head = [...words].reverse().find((w) => ORG_NOUNS.has(w) || LEXICON.orgSuffixes.has(w));
  // The noun heads the name: last, or before "of"/"for"/"on" (not "exchange" in "Securities and
  // Exchange Commission").
  const headRe = head ? new RegExp(String.raw`\b${head}(?:$|\s+(?:of|for|on)\b)`, 'i') : null;
  const headed = (m: IndexedMention): boolean =>
    m.type === 'ORGANIZATION' && headRe !== null && headRe.test(m.name);
  const byName =
    (head && MEMBER_HEADS.has(head)
      ? index.mostMentionedBefore(a, 'ORGANIZATION', quotes, headed)
      : index.lastBefore(a, headed, quotes)) ??
    (words.length > 2 ? index.firstAfter(a, headed) : undefined) ??
    index.lastBefore(a, named, quotes);
  if (byName) return { entityId: byName.entityId, how: 'nominal' };
  // "the league said": a sports league the article names, not the nearest club.
  if (words.includes('league')) {
    const league = index.mentions.find((m) => m.type === 'ORGANIZATION' && LEAGUE.test(m.name));
    if (league) return { entityId: league.entityId, how: 'nominal' };
  }
  // "the unit", "the subsidiary": the latest body sharing its first name with another one
  // ("Volka Motor North America" beside "Volka Motor Corp.").
  if (words.some((w) => GROUP_PART.test(w))) {
    const firstWord = (m: IndexedMention) => m.name.split(' ')[0] ?? '';
    const part = index.lastBefore(
      a,
      (m) =>
        m.type === 'ORGANIZATION' &&
        index.mentions.some(
          (o) =>
            o.type === 'ORGANIZATION' && o.entityId !== m.entityId && firstWord(o) === firstWord(m),
        ),
      quotes,
    );
    if (part) return { entityId: part.entityId, how: 'nominal' };
  }
  // A lede names a body by description before its name: "the country's space research agency
  // said" ... "the National Institute for Space Research". Only by a describing word, not by
  // the bare noun ("the company").
  const described = (m: IndexedMention): boolean =>
    m.type === 'ORGANIZATION' && modifiers.some((n) => m.name.toLowerCase().includes(n));
  const ahead = modifiers.length ? index.firstAfter(a, described) : undefined;
  if (ahead) return { entityId: ahead.entityId, how: 'nominal' };
  const governmental = (x: IndexedMention) =>
    x.type === 'ORGANIZATION' && GOVERNMENT_WORDS.test(x.name);
  // "the agency", "a ministry statement", "the department said": the latest public body ("the
  // Food and Drug Administration"); with none named, nobody rather than a firm that happens to
  // be the nearest organization.
  const agency = /\bagency\b/i.test(phrase);
  // "the regulator", "the watchdog": the latest public body; with none named, as any other noun.
  const regulator = /\b(?:regulator|watchdog)\b/i.test(phrase);
  const publicKind = !regulator && words.some((w) => ORG_NOUNS.has(w) && GOVERNMENT_WORDS.test(w));
  if (agency || regulator || publicKind) {
    const body = index.lastBefore(a, governmental, quotes);
    // "the agency" ("the regulator") is chosen by kind, not by position: refineSpeakers leaves
    // it alone (no `refer`).
    if (body && (agency || regulator)) return { entityId: body.entityId, how: 'nominal' };
    if (body) return { entityId: body.entityId, how: 'nominal', refer: 'org', at: a };
    if (publicKind) return null;
  }
  const company = /\b(?:company|firm)\b/i.test(phrase);
  // ... a firm: not a union, a party, a public body or a news outlet.
  const salient = company
    ? index.mostMentionedBefore(a, 'ORGANIZATION', quotes, (m) => !NOT_A_FIRM.test(m.name))
    : undefined;
  // "the company" is the article's most-named firm, and no public body: chosen by kind, so
  // refineSpeakers does not trade it for the previous statement's speaker.
  if (company && salient) {
    const firm = governmental(salient)
      ? index.lastBefore(a, (x) => x.type === 'ORGANIZATION' && !governmental(x), quotes)
      : salient;
    if (firm) return { entityId: firm.entityId, how: 'nominal' };
  }
  const m = salient ?? index.lastBefore(a, (x) => x.type === 'ORGANIZATION', quotes);
  return m ? { entityId: m.entityId, how: 'nominal', refer: 'org', at: a } : null;
}
