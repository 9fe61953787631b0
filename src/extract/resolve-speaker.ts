import type { IndexedMention, MentionIndex } from './mention-index.js';
import { LEXICON } from './lexicon.js';

/** Who a subject phrase refers to, and how it was found. */
export interface Speaker {
  entityId: string;
  how: 'name' | 'pronoun' | 'nominal';
}

const PERSON_ROLES: Record<string, string[]> = {
  senator: ['sen.', 'senator'], governor: ['gov.', 'governor'], mayor: ['mayor'], president: ['president'],
  judge: ['judge', 'justice'], coach: ['coach'], superintendent: ['superintendent'], sheriff: ['sheriff'],
  chief: ['chief'], ceo: ['ceo', 'chief executive'], executive: ['executive', 'ceo'], representative: ['rep.', 'representative'],
  congressman: ['rep.', 'congressman'], congresswoman: ['rep.', 'congresswoman'], commissioner: ['commissioner'],
  secretary: ['secretary'], minister: ['minister'], director: ['director'], manager: ['manager'], clerk: ['clerk'],
  officer: ['officer'], detective: ['detective'], agent: ['agent'], captain: ['capt.', 'captain'], doctor: ['dr.'],
  professor: ['prof.', 'professor'], researcher: [], scientist: [], economist: [], analyst: [], lawyer: [], attorney: ['attorney'],
  owner: ['owner'], founder: ['founder'], chairman: ['chairman', 'chair'], chairwoman: ['chairwoman', 'chair'], lawmaker: ['sen.', 'rep.'],
  official: [], spokesman: [], spokeswoman: [], spokesperson: [], forecaster: [], physician: ['dr.'], epidemiologist: ['dr.'],
  player: [], guard: [], forward: [], star: [], author: [], principal: ['principal'], teacher: [], nurse: [], president_: [],
};
const ORG_NOUNS = new Set([
  'agency', 'company', 'firm', 'department', 'authority', 'board', 'district', 'union', 'council', 'commission', 'committee',
  'center', 'museum', 'university', 'school', 'group', 'city', 'county', 'ministry', 'bank', 'team', 'league', 'coalition',
  'organization', 'foundation', 'institute', 'service', 'bureau', 'office', 'court', 'hospital', 'airline', 'startup',
  'chipmaker', 'automaker', 'retailer', 'bakery', 'utility', 'administration', 'campaign', 'festival', 'studio', 'network',
  'newspaper', 'paper', 'outlet', 'platform', 'party', 'association', 'alliance', 'government', 'state', 'club', 'program',
  'police', 'sheriff’s', 'fund', 'lab', 'laboratory', 'nonprofit', 'charity', 'manufacturer', 'maker', 'developer', 'lender',
  'insurer', 'carrier', 'operator', 'distributor', 'chain', 'brand', 'label', 'publisher', 'broadcaster', 'regulator',
]);
const SPOKES = /(?:spokes(?:man|woman|person)|representative|official|officials|statement|release)$/;
const GROUPS = new Set(['officials', 'critics', 'supporters', 'residents', 'experts', 'analysts', 'people', 'parents', 'advocates', 'opponents', 'others', 'some', 'many', 'they', 'researchers', 'scientists', 'authorities', 'investigators', 'witnesses', 'neighbors', 'members', 'leaders', 'lawmakers', 'democrats', 'republicans', 'sources', 'observers', 'economists', 'doctors', 'students', 'teachers', 'organizers', 'prosecutors', 'police']);

/**
 * Resolves the subject phrase `text.slice(a, b)` of a reporting verb to an entity: a name
 * ending the phrase; a pronoun (nearest preceding person of matching gender, outside quotes);
 * a nominal ("the senator" -> nearest person with that title; "the company", "a board
 * spokesman", "a spokesperson for X" -> that organization). Unnamed groups give null.
 */
export function resolveSpeaker(text: string, a: number, b: number, index: MentionIndex, quotes: { start: number; end: number }[]): Speaker | null {
  let phrase = text.slice(a, b);
  // Drop adverbs and time phrases between subject and verb: "Smith also", "Trump on Sunday".
  for (;;) {
    const m = /(?:\s+|^)(?:also|then|later|previously|earlier|repeatedly|again|further|similarly|separately|once|has|have|had|would|will|long|recently|privately|publicly|(?:on|late|early|last|this)\s+\p{Lu}\w+(?:\s+(?:morning|afternoon|evening|night))?|\p{Lu}[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|in\s+(?:an?\s+)?[\w\s-]{1,30}(?:statement|interview|email|post|letter))\s*$/u.exec(phrase);
    if (!m || m[0].length === 0) break;
    phrase = phrase.slice(0, m.index);
  }
  // Drop a closing appositive: "Jane Roe, 34," / "Jane Roe, the agency's director,".
  let end = a + phrase.replace(/\s+$/, '').length;
  const appos = /,[^,]{1,90},\s*$/.exec(phrase);
  const direct = index.endingAt(end) ?? (phrase.trimEnd().endsWith(',') ? index.endingAt(end - 1) : undefined);
  if (direct && direct.type !== 'PLACE') return { entityId: direct.entityId, how: 'name' };
  if (appos) {
    const inner = phrase.slice(appos.index + 1, -1);
    const forOrg = /\bspokes\w+\s+(?:for|with|at)\s+/.exec(inner);
    end = a + appos.index;
    const named = index.endingAt(end);
    if (named && named.type !== 'PLACE' && !forOrg) return { entityId: named.entityId, how: 'name' };
  }
  phrase = text.slice(a, end).trim();
  const words = phrase.toLowerCase().split(/\s+/);
  const lastWord = (words[words.length - 1] ?? '').replace(/[^\p{L}’']/gu, '');
  if (lastWord === 'he' || lastWord === 'she') {
    const want = lastWord === 'he' ? 'male' : 'female';
    const m = index.lastBefore(a, (x) => x.type === 'PERSON' && (x.gender === want || x.gender === 'unknown'), quotes);
    return m ? { entityId: m.entityId, how: 'pronoun' } : null;
  }
  if (lastWord === 'it') {
    const m = index.lastBefore(a, (x) => x.type === 'ORGANIZATION', quotes);
    return m ? { entityId: m.entityId, how: 'pronoun' } : null;
  }
  // "a spokesperson for the agency", "a spokeswoman for Acme".
  const forM = /\b(?:spokes\w+|representative|official|lawyer|attorney)\s+(?:for|with|at|of)\s+(.+)$/.exec(phrase);
  if (forM) {
    const start = a + text.slice(a, end).lastIndexOf(forM[1] ?? '');
    const m = index.firstIn(start, end);
    if (m && m.type === 'ORGANIZATION') return { entityId: m.entityId, how: 'name' };
    return nominalOrg(forM[1] ?? '', a, index, quotes);
  }
  if (!/^(?:the|a|an|his|her|their|its)\b/i.test(phrase) || words.length > 6) return null;
  if (GROUPS.has(lastWord)) return null;
  if (SPOKES.test(lastWord)) return nominalOrg(phrase, a, index, quotes);
  if (ORG_NOUNS.has(lastWord)) return nominalOrg(phrase, a, index, quotes);
  const roles = PERSON_ROLES[lastWord];
  if (roles) {
    const titled = index.lastBefore(a, (x) => x.type === 'PERSON' && x.titles.some((t) => roles.some((r) => t.toLowerCase().includes(r))), quotes);
    const m = titled ?? index.lastBefore(a, (x) => x.type === 'PERSON', quotes);
    return m ? { entityId: m.entityId, how: 'nominal' } : null;
  }
  return null;
}

/** "the company", "a board spokesman": the nearest organization, preferring one whose name holds the noun. */
function nominalOrg(phrase: string, a: number, index: MentionIndex, quotes: { start: number; end: number }[]): Speaker | null {
  const nouns = phrase.toLowerCase().split(/[\s’']+/).filter((w) => ORG_NOUNS.has(w) || LEXICON.orgSuffixes.has(w));
  const named = (m: IndexedMention): boolean => m.type === 'ORGANIZATION' && nouns.some((n) => m.name.toLowerCase().includes(n));
  const m = index.lastBefore(a, named, quotes) ?? index.lastBefore(a, (x) => x.type === 'ORGANIZATION', quotes);
  return m ? { entityId: m.entityId, how: 'nominal' } : null;
}
