import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { states } from 'states-us';
import { normalizeName } from './normalize-name.js';

countries.registerLocale(en);

export type PlaceQualifier = 'us-state' | 'country';

const US_STATES = new Set(states.filter((s) => !s.territory).map((s) => normalizeName(s.name)));
const COUNTRIES = new Set(
  Object.values(countries.getNames('en', { select: 'all' }))
    .flat()
    .map((n) => normalizeName(String(n))),
);
/** Names that are both a US state and a country (e.g. Georgia): only these get a qualifier. */
const AMBIGUOUS = new Set([...US_STATES].filter((n) => COUNTRIES.has(n)));
const US_NAMES = new Set(['us', 'usa', 'united states', 'united states of america', 'america']);

/**
 * Tells apart a place name shared by a US state and a country, from the article's other
 * places: each other US state (or the United States itself) counts for the state, each other
 * country for the country; the state wins ties, as newsgraph reads mostly US news.
 * Returns null for names that are not ambiguous, which need no qualifier.
 *
 * `normName` and `otherPlaces` are normalised names (see normalizeName).
 */
export function placeQualifier(
  normName: string,
  otherPlaces: readonly string[],
): PlaceQualifier | null {
  if (!AMBIGUOUS.has(normName)) return null;
  let us = 0;
  let world = 0;
  for (const place of new Set(otherPlaces)) {
    if (place === normName || AMBIGUOUS.has(place)) continue;
    if (US_STATES.has(place) || US_NAMES.has(place)) us += 1;
    else if (COUNTRIES.has(place)) world += 1;
  }
  return world > us ? 'country' : 'us-state';
}
