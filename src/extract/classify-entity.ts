import type { EntityType } from '../model/extraction.js';
import type { Candidate } from './find-candidates.js';
import { LEXICON, foldKey } from './lexicon.js';

/** What a candidate looks like on its own: a type (or null when unsure) and how sure. */
export interface Classification {
  type: EntityType | null;
  /** Backed by a gazetteer, a title, a suffix or a first name, not only by default. */
  strong: boolean;
  /** Gazetteer name when the candidate is a known place or organization. */
  canonical: string | null;
}

const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'throughout', 'around', 'to', 'toward', 'into', 'through', 'of']);
const STORM_WORDS = new Set(['hurricane', 'hurricanes', 'typhoon', 'cyclone', 'superstorm']);
const LAW_WORDS = new Set(['act', 'amendment']);
const OUTLET_WORDS = new Set([
  'times', 'post', 'herald', 'tribune', 'journal', 'democrat', 'gazette', 'chronicle', 'news', 'ledger', 'observer',
  'examiner', 'inquirer', 'courier', 'dispatch', 'sentinel', 'register', 'bulletin', 'star-tribune', 'monitor',
  'telegraph', 'globe', 'star-ledger', 'picayune', 'advertiser', 'enquirer', 'courant', 'plain dealer',
]);
const SHOP_WORDS = new Set(['panaderia', 'taqueria', 'pasteleria', 'carniceria', 'restaurante', 'cafe', 'pizzeria', 'trattoria', 'boulangerie', 'patisserie', 'bodega', 'cantina', 'ristorante']);
const FACILITY_WORDS = new Set(['courthouse', 'building', 'bridge', 'stadium', 'arena', 'plaza', 'mall', 'pier', 'side', 'tower', 'towers']);
const PLACE_OPENERS = new Set(['gulf', 'lake', 'mount', 'mt.', 'cape', 'fort', 'isle']);
/**
 * Party adjectives: a modifier ("Republican-run cities", "a Democratic senator", "Labour MPs")
 * names no entity; the party is named by "the Republican Party", "Democrats", "the GOP".
 */
const PARTY_ADJECTIVES = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'socialist', 'progressive', 'libertarian', 'green']);
/** ", State" or ", Country" right after a name ("Memphis, Tennessee", "Dayton, Ohio", "Lyon, France"). */
const CONTAINER_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}?)(?=[\s,;:)—–-]|\.?$|\.\s)/u;

/** The state or country named right after a candidate ("Tennessee" in "Memphis, Tennessee"), or null. */
export function containerAfter(text: string, end: number): string | null {
  const m = CONTAINER_AFTER.exec(text.slice(end, end + 40));
  const name = m?.[1];
  if (!name) return null;
  if (LEXICON.containers.has(foldKey(name))) return name;
  const bare = name.replace(/\.$/, '');
  return LEXICON.containers.has(foldKey(bare)) ? bare : null;
}

/** The word just before `start` in `text`, lower-cased ('' when none). */
export function wordBefore(text: string, start: number): string {
  const m = /([\p{L}.'’-]+)[\s]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m?.[1]?.toLowerCase() ?? '';
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
  // Named storms ("Hurricane Ida", "Tropical Storm Alberto") and laws ("the Clean Water Act") are not entities here.
  if (STORM_WORDS.has(first) || key.startsWith('tropical storm') || (keys.length > 1 && LAW_WORDS.has(last))) return { type: null, strong: true, canonical: null };
  if (c.titles.length) return { type: 'PERSON', strong: true, canonical: null };
  if (keys.length === 1 && PARTY_ADJECTIVES.has(key)) return { type: null, strong: true, canonical: null };
  const org = LEXICON.organizations.get(key);
  const place = LEXICON.places.get(key);
  if (place && !(org && c.tokens.length > 1)) return { type: 'PLACE', strong: true, canonical: place };
  if (org) return { type: 'ORGANIZATION', strong: true, canonical: org };
  // "Dayton, Ohio", "LA CROSSE, Wis.": a name before ", State" is a place (not "Jane Doe, Ohio's ...").
  if (!LEXICON.containers.has(key) && !(keys.length > 1 && LEXICON.firstNameGender.has(first)) && !LEXICON.orgSuffixes.has(last) && containerAfter(text, c.end)) {
    return { type: 'PLACE', strong: true, canonical: null };
  }
  if (keys.length > 1 && LEXICON.orgSuffixes.has(last)) return { type: 'ORGANIZATION', strong: true, canonical: null };
  // Newspapers are named "<Place> <outlet word>": "Tallahassee Democrat", "Valley Courier", "Express-News".
  if (keys.length > 1 && !LEXICON.commonWords.has(first) && (OUTLET_WORDS.has(last) || /-news$/.test(last))) return { type: 'ORGANIZATION', strong: true, canonical: null };
  // Shop names opening with a trade word: "Panadería Ruiz", "Taquería El Sol", "Café Lumen".
  if (keys.length > 1 && SHOP_WORDS.has(first)) return { type: 'ORGANIZATION', strong: true, canonical: null };
  // Buildings and areas: "Franklin County Courthouse", "the West Side".
  if (keys.length > 1 && FACILITY_WORDS.has(last)) return { type: 'PLACE', strong: true, canonical: null };
  if (keys.length > 2 && keys.some((k, x) => LEXICON.orgHeads.has(k) && (keys[x + 1] === 'of' || keys[x + 1] === 'for'))) {
    return { type: 'ORGANIZATION', strong: true, canonical: null };
  }
  if (keys.length > 1 && LEXICON.placeSuffixes.has(last)) return { type: 'PLACE', strong: true, canonical: null };
  if (keys.length > 1 && PLACE_OPENERS.has(first)) return { type: 'PLACE', strong: true, canonical: null };
  const acronym = c.tokens.length === 1 && c.tokens[0]?.allCaps === true && /^[A-Z][A-Z&.]{1,5}$/.test(c.text.replace(/\./g, '')) && !LEXICON.commonWords.has(key) && !LEXICON.personTitles.has(key);
  if (acronym) return { type: 'ORGANIZATION', strong: false, canonical: null };
  if (c.tokens.some((t) => t.allCaps) && c.tokens.length > 1) return { type: null, strong: false, canonical: null };
  if (/^,\s*\d{1,3},/.test(after)) return { type: 'PERSON', strong: true, canonical: null };
  if (keys.length > 1 && LEXICON.firstNameGender.has(first)) return { type: 'PERSON', strong: true, canonical: null };
  // Unknown two to four capitalised words are most often a person, unless plural ("Local Officials").
  if (keys.length > 1 && keys.length <= 4 && !/[^s]s$/.test(last) && keys.every((k) => !LEXICON.commonWords.has(k) && !/\d/.test(k))) {
    return { type: 'PERSON', strong: false, canonical: null };
  }
  if (keys.length === 1 && LOCATIVE.has(before) && before !== 'to' && before !== 'of') return { type: 'PLACE', strong: false, canonical: null };
  if (keys.length > 4) return { type: 'ORGANIZATION', strong: false, canonical: null };
  return { type: null, strong: false, canonical: null };
}
