import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import statesUs from 'states-us';
import firstNames from './data/first-names.json' with { type: 'json' };
import { COMMON_WORDS } from './data/common-words.js';
import { KNOWN_ORGANIZATIONS } from './data/organizations.js';
import { ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, PLACE_SUFFIXES } from './data/org-words.js';
import {
  CITIES,
  DEMONYMS,
  NIGERIAN_STATES,
  NIGERIAN_STATES_NOT_ALONE,
  NIGERIAN_STATE_CITIES,
  PROVINCE_ABBREVIATIONS,
  AUSTRALIAN_STATE_ABBREVIATIONS,
  PROVINCES,
  REGIONS,
  STATE_ABBREVIATIONS,
} from './data/places.js';
import { FEMALE_TITLES, MALE_TITLES, PERSON_TITLES, STRONG_TITLES } from './data/titles.js';
import { OBJECT_VERBS, REPORTING_VERBS, THAT_ONLY_VERBS } from './data/reporting-verbs.js';

/** Words listed as given names that open place names far more often in news. */
const NOT_FIRST_NAMES = ['la', 'el'];

const ASCII = /^[ -~]*$/;

/** Lower-cases and strips accents, so "José" and "Jose" look the same up. */
export function foldKey(s: string): string {
  // Most words are plain ASCII, which folds by lower-casing alone (a third of tokenising time).
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

export type Gender = 'female' | 'male' | 'unknown';

/** Gazetteers and word lists, built once at module load. Keys are `foldKey`ed. */
export interface Lexicon {
  /** Place name -> canonical place name ("u.s." -> "United States"). */
  places: Map<string, string>;
  /** Countries, US states and state abbreviations: the "State" of a "City, State" form. */
  containers: Set<string>;
  /** Organization name or alias -> canonical organization name. */
  organizations: Map<string, string>;
  /** Every alias of each known canonical organization. */
  organizationAliases: Map<string, string[]>;
  firstNameGender: Map<string, Gender>;
  commonWords: Set<string>;
  /** Nationality adjectives ("saudi", "chinese"): modifiers, not names. */
  demonyms: Set<string>;
  personTitles: Set<string>;
  strongTitles: Set<string>;
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
  orgSuffixes: Set<string>;
  orgHeads: Set<string>;
  placeSuffixes: Set<string>;
  placeHeads: Set<string>;
  reportingVerbs: Set<string>;
  objectVerbs: Set<string>;
  thatOnlyVerbs: Set<string>;
}

function buildLexicon(): Lexicon {
  const places = new Map<string, string>();
  const containers = new Set<string>();
  const addPlace = (alias: string, canonical: string, container = false): void => {
    if (!places.has(foldKey(alias))) places.set(foldKey(alias), canonical);
    if (container) containers.add(foldKey(alias));
  };
  // "Congo" alone names the larger country in the news; its neighbour is "Congo-Brazzaville".
  for (const n of ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo', 'Congo-Kinshasa'])
    addPlace(n, 'Democratic Republic of the Congo', true);
  addPlace('Congo-Brazzaville', 'Republic of the Congo', true);
  const countries = (countriesEn as { countries: Record<string, string | string[]> }).countries;
  for (const names of Object.values(countries)) {
    const list = Array.isArray(names) ? names : [names];
    const canonical = list.find((n) => !n.includes(',')) ?? list[0] ?? '';
    // "United States of America" is the ISO name; news says "United States".
    const main = canonical === 'United States of America' ? 'United States' : canonical;
    for (const n of list) if (!n.includes(',')) addPlace(n, main, true);
  }
  // Short names the ISO list lacks.
  for (const [n, canonical] of [
    ['Syria', 'Syria'],
    ['Laos', 'Laos'],
    ['Moldova', 'Moldova'],
    ['Brunei', 'Brunei'],
    ['Micronesia', 'Micronesia'],
    ['Vatican', 'Vatican City'],
    ['Vatican City', 'Vatican City'],
    ['Holy See', 'Vatican City'],
    ['Burma', 'Myanmar'],
    ['Swaziland', 'Eswatini'],
    ['East Timor', 'Timor-Leste'],
    ['Macedonia', 'North Macedonia'],
  ] as const)
    addPlace(n, canonical, true);
  addPlace('America', 'United States');
  addPlace('United States', 'United States');
  addPlace('Britain', 'United Kingdom');
  addPlace('Great Britain', 'United Kingdom');
  addPlace('U.K.', 'United Kingdom');
  addPlace('EU', 'European Union');
  addPlace('E.U.', 'European Union');
  for (const s of statesUs.default ?? statesUs) addPlace(s.name, s.name, true);
  for (const [abbr, name] of Object.entries(STATE_ABBREVIATIONS)) addPlace(abbr, name, true);
  for (const [abbr, name] of Object.entries(PROVINCE_ABBREVIATIONS)) addPlace(abbr, name, true);
  for (const [abbr, name] of Object.entries(AUSTRALIAN_STATE_ABBREVIATIONS))
    addPlace(abbr, name, true);
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland', 'D.C.'])
    containers.add(foldKey(n));
  addPlace('D.C.', 'Washington, D.C.');
  addPlace('Washington, D.C.', 'Washington, D.C.');
  addPlace('Washington D.C.', 'Washington, D.C.');
  for (const c of CITIES) addPlace(c, c);
  for (const r of REGIONS) addPlace(r, r);
  for (const p of PROVINCES) addPlace(p, p, true);
  for (const n of NIGERIAN_STATES) {
    addPlace(`${n} State`, `${n} State`, true);
    if (NIGERIAN_STATE_CITIES.includes(n)) addPlace(n, n);
    else if (!NIGERIAN_STATES_NOT_ALONE.includes(n)) addPlace(n, `${n} State`, true);
  }

  const organizations = new Map<string, string>();
  const organizationAliases = new Map<string, string[]>();
  for (const [canonical, ...aliases] of KNOWN_ORGANIZATIONS) {
    if (!canonical) continue;
    organizationAliases.set(canonical, aliases);
    for (const n of [canonical, ...aliases])
      if (!organizations.has(foldKey(n))) organizations.set(foldKey(n), canonical);
  }

  const firstNameGender = new Map<string, Gender>();
  const names = firstNames as { female: string[]; male: string[] };
  for (const n of names.female) firstNameGender.set(foldKey(n), 'female');
  for (const n of names.male) {
    const k = foldKey(n);
    firstNameGender.set(k, firstNameGender.get(k) === 'female' ? 'unknown' : 'male');
  }
  // Given names in the list, but in news the article opening a place name ("La Crosse", "El Paso").
  for (const k of NOT_FIRST_NAMES) firstNameGender.delete(k);

  const set = (xs: readonly string[]): Set<string> => new Set(xs.map(foldKey));
  return {
    places,
    containers,
    organizations,
    organizationAliases,
    firstNameGender,
    commonWords: new Set(COMMON_WORDS.split(/\s+/).filter(Boolean)),
    demonyms: set(DEMONYMS),
    // Plurals too, before coordinated names: "Commissioners Ruth Ellery and Dan Okafor".
    personTitles: set([
      ...PERSON_TITLES,
      ...PERSON_TITLES.filter((t) => /^[a-z]{4,}[^s]$/.test(t)).map((t) => `${t}s`),
    ]),
    strongTitles: set(STRONG_TITLES),
    femaleTitles: set(FEMALE_TITLES),
    maleTitles: set(MALE_TITLES),
    orgSuffixes: set(ORG_SUFFIXES),
    orgHeads: set(ORG_HEADS),
    placeSuffixes: set(PLACE_SUFFIXES),
    placeHeads: set(PLACE_HEADS),
    reportingVerbs: set(REPORTING_VERBS),
    objectVerbs: set(OBJECT_VERBS),
    thatOnlyVerbs: set(THAT_ONLY_VERBS),
  };
}

/** The one lexicon instance, built at module load. */
export const LEXICON: Lexicon = buildLexicon();
