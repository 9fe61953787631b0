import type { EntityType } from '../model/extraction.js';
import type { Classification } from './classify-entity.js';
import { containerAfter, wordBefore } from './classify-entity.js';
import type { Candidate } from './find-candidates.js';
import { LEXICON, foldKey, type Gender } from './lexicon.js';
import { LOCATIVE_WORDS } from './data/locative-words.js';

/** Which text of the article a candidate was found in. */
export type Field = 'body' | 'title' | 'dek';

/** A candidate with its classification and where it was found. */
export interface TypedCandidate {
  candidate: Candidate;
  classification: Classification;
  field: Field;
  /** The text the candidate's offsets index. */
  source: string;
}

/** One mention of a clustered entity. */
export interface ClusterMention {
  start: number;
  end: number;
  text: string;
  field: Field;
  titles: string[];
}

/** An entity built from its mentions, before ids and output shape are assigned. */
export interface Cluster {
  type: EntityType;
  canonical: string | null;
  /** Keys (foldKey of each surface form) that refer to this entity. */
  keys: Set<string>;
  mentions: ClusterMention[];
  titles: string[];
  gender: Gender;
  /** Surface forms that are not one mention: "Dayton, Ohio" for the city Dayton. */
  extraAliases: string[];
  /** Gender a kinship word before a mention gives ("her father, Jin-ho Baek"). */
  kinGender?: Gender;
}

const MALE_KIN =
  /\b(?:father|son|brother|husband|grandfather|grandson|uncle|nephew|stepfather|dad)\s*,?\s*$/i;
const FEMALE_KIN =
  /\b(?:mother|daughter|sister|wife|grandmother|granddaughter|aunt|niece|stepmother|mom|mum)\s*,?\s*$/i;

const PERSON_VERB_AFTER =
  /^\s*(?:(?:,[^,]{1,80},\s*)?(?:also\s+|then\s+|later\s+)?(?:said|says|told|added|wrote|argued|noted|warned|acknowledged|insisted|claimed|explained|recalled|replied|asked)|himself|herself)\b/;

/**
 * A Korean-style name, family name first and a hyphenated given name ("Yoon Jae-hoon", "Lim
 * So-yeon"): the first word alone is the surname. Not "Graham Duthie-Lamont".
 */
function familyNameFirst(name: string): boolean {
  return /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name);
}

function tokenKeys(name: string): string[] {
  return foldKey(name).split(/\s+/).filter(Boolean);
}

const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Name keys without a generational suffix ("Jr.", "III"). */
function withoutGeneration(keys: string[]): string[] {
  return keys.length > 2 && GENERATIONS.has(keys[keys.length - 1] ?? '') ? keys.slice(0, -1) : keys;
}

function addMention(cl: Cluster, tc: TypedCandidate): void {
  const c = tc.candidate;
  cl.keys.add(foldKey(c.text));
  cl.mentions.push({ start: c.start, end: c.end, text: c.text, field: tc.field, titles: c.titles });
  const before = tc.source.slice(Math.max(0, c.start - 20), c.start);
  if (MALE_KIN.test(before)) cl.kinGender = 'male';
  else if (FEMALE_KIN.test(before)) cl.kinGender = 'female';
  for (const t of c.titles) if (!cl.titles.includes(t)) cl.titles.push(t);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Joining words inside names ("Lula da Silva", "van der Berg"): never a name alone. */
const PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'y',
]);

/** Initials counting the small joining words too: "Dunmore Bureau of Waterways" -> "dbow". */
function allInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w !== '' && w.toLowerCase() !== 'the')
    .map((w) => (w[0] ?? '').toLowerCase())
    .join('');
}

/**
 * Groups typed candidates into entities: same name or gazetteer name; a surname or first name
 * alone links back to a full person name; an acronym in parentheses, initials, or a shorter
 * form of an organization name link to that organization. Weak single words that link to
 * nothing are dropped; a headline mention only joins an entity found elsewhere.
 */
export function clusterEntities(typed: TypedCandidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const keyOf = (tc: TypedCandidate): string =>
    foldKey(tc.classification.canonical ?? tc.candidate.text);

  // A name typed strongly anywhere keeps that type everywhere.
  const strongType = new Map<string, EntityType>();
  for (const tc of typed) {
    if (tc.classification.strong && tc.classification.type)
      strongType.set(foldKey(tc.candidate.text), tc.classification.type);
  }
  for (const tc of typed) {
    const st = strongType.get(foldKey(tc.candidate.text));
    if (st && !tc.classification.strong)
      tc.classification = { ...tc.classification, type: st, strong: true };
  }

  const create = (tc: TypedCandidate, type: EntityType): Cluster => {
    const cl: Cluster = {
      type,
      canonical: tc.classification.canonical,
      keys: new Set([keyOf(tc)]),
      mentions: [],
      titles: [],
      gender: 'unknown',
      extraAliases: [],
    };
    clusters.push(cl);
    byKey.set(`${type}:${keyOf(tc)}`, cl);
    addMention(cl, tc);
    return cl;
  };
  const find = (type: EntityType, key: string): Cluster | undefined => byKey.get(`${type}:${key}`);

  // Pass 1: multi-word names and strongly typed names found in body or dek.
  const pending: TypedCandidate[] = [];
  const personWords = new Set<string>();
  for (const tc of typed) {
    if (tc.classification.type === 'PERSON' && tc.candidate.tokens.length > 1)
      for (const t of tc.candidate.tokens) personWords.add(t.key);
  }
  for (const tc of typed) {
    const words = tc.candidate.tokens;
    // A word, or a weakly typed name ("La Rossa"), that is part of a person's fuller name waits
    // for pass 2, which can fold it into that person.
    if (
      (words.length === 1 || !tc.classification.strong) &&
      words.every((t) => personWords.has(t.key)) &&
      tc.classification.type !== 'PERSON'
    ) {
      pending.push(tc);
      continue;
    }
    const { type, strong } = tc.classification;
    const multi = tc.candidate.tokens.length > 1;
    if (
      tc.field !== 'title' &&
      type &&
      (strong || multi) &&
      !(type === 'PLACE' && tc.candidate.tokens.length === 1 && !strong)
    ) {
      const existing = find(type, keyOf(tc));
      // "Mr. Ruiz" and "Ms. Ruiz" are two people (a couple, siblings) even though the key is one.
      const g = genderFromTitles(tc.candidate.titles);
      const clash =
        existing &&
        type === 'PERSON' &&
        g !== 'unknown' &&
        genderFromTitles(existing.titles) !== 'unknown' &&
        genderFromTitles(existing.titles) !== g;
      if (existing && !clash) addMention(existing, tc);
      else create(tc, type);
    } else pending.push(tc);
  }

  // Fold single-word persons into a fuller person name sharing that word.
  const persons = (): Cluster[] => clusters.filter((c) => c.type === 'PERSON');
  const fullPersonFor = (word: string, prefer: Gender): Cluster | undefined => {
    const hits = persons().filter((p) => {
      const full = longestName(p);
      const ks = tokenKeys(full);
      return (
        ks.length > 1 &&
        (ks[ks.length - 1] === word ||
          (ks[0] === word && (LEXICON.firstNameGender.has(word) || familyNameFirst(full))) ||
          ks.slice(1).join(' ') === word)
      );
    });
    if (hits.length === 0) {
      // A middle name a person goes by ("Lula" for "Luiz Inácio Lula da Silva"), when only
      // one person has it.
      const inner = persons().filter((p) => {
        const ks = tokenKeys(longestName(p));
        return ks.length > 2 && ks.slice(1, -1).includes(word) && !PARTICLES.has(word);
      });
      if (inner.length === 1) return inner[0];
    }
    if (hits.length > 1 && prefer !== 'unknown') {
      const g = hits.filter((h) => genderOf(h) === prefer);
      if (g.length) return g[0];
      // "Ms. Ruiz" never folds into a man: take a person of unknown gender instead.
      const open = hits.filter((h) => genderOf(h) === 'unknown');
      if (open.length) return open[0];
    }
    return hits[0];
  };
  for (const p of [...persons()]) {
    const name = longestName(p);
    if (tokenKeys(name).length !== 1) continue;
    const full = fullPersonFor(foldKey(name), genderFromTitles(p.titles));
    if (full && full !== p) mergeInto(full, p, clusters);
  }
  // A two-word surname used alone ("Kabongo Mbuyi", "Van Aken") is the person whose full name
  // ends with it ("Thérèse Kabongo Mbuyi", "Curtis Van Aken Jr."), when only one does.
  const personKeys = new Map(
    persons().map((p) => [p, withoutGeneration(tokenKeys(longestName(p)))] as const),
  );
  for (const [p, ks] of personKeys) {
    if (ks.length < 2) continue;
    const tail = ks.join(' ');
    const fuller = [...personKeys].filter(
      ([q, qs]) =>
        q !== p &&
        q.mentions.length > 0 &&
        qs.length > ks.length &&
        qs.slice(-ks.length).join(' ') === tail,
    );
    if (fuller.length === 1 && fuller[0]) mergeInto(fuller[0][0], p, clusters);
  }
  // "Ezekiel Dapar" for "Ezekiel Nanman Dapar": a name without its middle name, when only one
  // person's fuller name opens and ends with those words.
  for (const [p, ks] of personKeys) {
    if (ks.length !== 2 || p.mentions.length === 0) continue;
    const fuller = [...personKeys].filter(
      ([q, qs]) =>
        q !== p && q.mentions.length > 0 && qs.length > 2 && qs[0] === ks[0] && qs.at(-1) === ks[1],
    );
    if (fuller.length === 1 && fuller[0]) mergeInto(fuller[0][0], p, clusters);
  }

  const orgs = (): Cluster[] => clusters.filter((c) => c.type === 'ORGANIZATION');
  // The organization a shorter name stands for; null when it opens or ends two bodies' names
  // ("Marlvale" beside "Marlvale Hospitals Trust" and "Marlvale General Hospital").
  const orgFor = (key: string, allCaps: boolean): Cluster | null | undefined => {
    const ks = key.split(' ');
    const fits = orgs().filter((o) =>
      o.mentions.some((m) => {
        const mk = tokenKeys(m.text);
        if (mk.length <= ks.length) return false;
        const prefix = mk.slice(0, ks.length).join(' ') === key;
        const suffix = mk.slice(mk.length - ks.length).join(' ') === key;
        return prefix || suffix;
      }),
    );
    // ... unless all but one are regional arms ("Volka Motor North America" beside "Volka Motor
    // Corp."): the short name is the parent's.
    const parents =
      fits.length > 1
        ? fits.filter((o) => {
            const ks2 = tokenKeys(longestName(o));
            return ![1, 2].some((n) => LEXICON.places.has(ks2.slice(-n).join(' ')));
          })
        : fits;
    // ... and a firm's short name is the firm's, not its workers' union's ("Namhae" beside
    // "Namhae Shipbuilding & Marine" and "Namhae Shipbuilding Workers' Union").
    const firms =
      parents.length > 1 ? parents.filter((o) => !MEMBER_BODY.test(longestName(o))) : parents;
    if (fits.length) return firms.length === 1 ? firms[0] : null;
    for (const o of orgs()) {
      if (
        allCaps &&
        ks.length === 1 &&
        /^[a-z]{2,6}$/.test(key) &&
        o.mentions.some(
          (m) => initials(m.text).toLowerCase() === key || allInitials(m.text) === key,
        )
      )
        return o;
    }
    return undefined;
  };

  // Pass 2: single words and weak names link to what is already known, or are dropped.
  for (const tc of pending) {
    const c = tc.candidate;
    const key = foldKey(c.text);
    const { type, strong } = tc.classification;
    const single = c.tokens.length === 1;
    const after = tc.source.slice(c.end, c.end + 80);
    const titleGender = genderFromTitles(c.titles);
    // Acronym defined in parentheses right after a name: "Transit Authority (TA)".
    // Or after ", known by its Indonesian initials" / ", known as".
    const defined = /^\s\(/.test(tc.source.slice(c.start - 2, c.start))
      ? definedBy(tc, typed)
      : knownAs(tc, typed);
    if (defined) {
      const cl = clusters.find((x) =>
        x.mentions.some((m) => m.start === defined.start && m.field === tc.field),
      );
      if (cl) {
        addMention(cl, tc);
        continue;
      }
    }
    const personHit =
      single || c.titles.length || !strong ? fullPersonFor(key, titleGender) : undefined;
    const placeContext =
      LOCATIVE_WORDS.has(wordBefore(tc.source, c.start)) || /^,\s*\p{Lu}/u.test(after);
    if (
      personHit &&
      (type !== 'PLACE' ||
        c.titles.length ||
        PERSON_VERB_AFTER.test(after) ||
        (!placeContext && !strong) ||
        // "when Jordan signed": a country that is also this person's first name.
        (!placeContext && single && tokenKeys(longestName(personHit))[0] === key))
    ) {
      addMention(personHit, tc);
      continue;
    }
    if (type) {
      // Also a name an entity took on in this pass: "DWS" after "the Ostland Department of Water Safety (DWS)".
      // A weak type gives way to the one the same name already has: "into Veridane" after
      // "Veridane, a French startup".
      const existing =
        find(type, keyOf(tc)) ??
        clusters.find((x) => x.type === type && x.keys.has(keyOf(tc))) ??
        (strong ? undefined : sameNameBody(clusters, keyOf(tc)));
      if (existing) {
        addMention(existing, tc);
        continue;
      }
    }
    const org =
      type !== 'PLACE' && type !== 'PERSON'
        ? orgFor(key, c.tokens.length === 1 && c.tokens[0]?.allCaps === true)
        : undefined;
    if (org) {
      addMention(org, tc);
      continue;
    }
    if (org === null) continue;
    if (tc.field === 'title') {
      const any = clusters.find((x) => x.keys.has(key));
      if (any) addMention(any, tc);
      else if (type && strong && type !== 'PERSON') create(tc, type);
      continue;
    }
    if (type && (strong || (!c.sentenceInitial && (type !== 'PERSON' || !single))))
      create(tc, type);
    else if (tc.classification.orgByContext && !clusters.some((x) => x.keys.has(key)))
      create(tc, 'ORGANIZATION');
  }

  joinPrefixedAcronyms(clusters);
  joinPlaceQualified(clusters);
  joinShortOrgNames(clusters);
  joinInvertedOrgNames(clusters);
  for (const cl of clusters) cl.gender = genderOf(cl);
  joinCityState(typed, clusters);
  return clusters.filter((cl) => cl.mentions.length > 0);
}

/** Bodies of workers or members, named after the firm or trade they organise. */
const MEMBER_BODY = /\b(?:union|workers|employees|staff|association|federation|guild|society)\b/i;

/**
 * A body or a place named exactly this, by its name or by a short name of it (not a person:
 * people are linked first).
 */
function sameNameBody(clusters: Cluster[], key: string): Cluster | undefined {
  return clusters.find(
    (x) => x.type !== 'PERSON' && x.mentions.some((m) => foldKey(m.text) === key),
  );
}

/**
 * "Illinois EPA" is the "Illinois Environmental Protection Agency": an organization named by a
 * prefix and an acronym joins the one whose name has that prefix and then words with those
 * initials.
 */
function joinPrefixedAcronyms(clusters: Cluster[]): void {
  for (const short of clusters.filter((c) => c.type === 'ORGANIZATION')) {
    const words = longestName(short).split(/\s+/);
    const acronym = words[words.length - 1] ?? '';
    if (words.length < 2 || !/^\p{Lu}{2,6}$/u.test(acronym)) continue;
    const prefix = `${words.slice(0, -1).join(' ')} `;
    const full = clusters.find((c) => {
      const name = longestName(c);
      return (
        c !== short &&
        c.type === 'ORGANIZATION' &&
        name.startsWith(prefix) &&
        initials(name.slice(prefix.length)) === acronym
      );
    });
    if (full) mergeInto(full, short, clusters);
  }
}

/**
 * "the State's Attorney's Office" after "the Cook County State's Attorney's Office", "the Police
 * Department" after "the Dayton Police Department", "the Greens" after "the Victorian Greens": an
 * organization named again without the place or nationality that qualified it joins the
 * qualified one, when only one fits.
 */
function joinPlaceQualified(clusters: Cluster[]): void {
  const places = new Set(clusters.filter((c) => c.type === 'PLACE').flatMap((c) => [...c.keys]));
  joinIntoSoleFullerOrg(
    clusters,
    (c) => c.type === 'ORGANIZATION',
    // "Fed" is known as the "Federal Reserve": that name is what a place may qualify.
    (name, full, short) => {
      if (short.canonical && full.endsWith(` ${short.canonical}`)) name = short.canonical;
      if (!full.endsWith(` ${name}`)) return false;
      const prefix = foldKey(full.slice(0, -name.length - 1));
      return (
        places.has(prefix) ||
        LEXICON.places.has(prefix) ||
        // "Greens" after "the Victorian Greens", "Labour" after "Scottish Labour".
        LEXICON.demonyms.has(prefix) ||
        /^(?:\p{L}+\s){0,2}(?:county|city|state|parish)$/u.test(prefix)
      );
    },
    undefined,
    // "the Legislature" after "the Wisconsin Legislature": a body's head word alone.
    (name) => LEXICON.orgSuffixes.has(foldKey(name)),
  );
}

/**
 * "Brennan & Vale" after "Brennan & Vale Therapeutics", "Heartland Shield" after "Heartland
 * Shield Roofing": a name of two or more words that opens exactly one organization's name is
 * that organization (also when it was typed as a person, if it has no title).
 */
function joinShortOrgNames(clusters: Cluster[]): void {
  joinIntoSoleFullerOrg(
    clusters,
    // "Kestrel Ridge" (a place by its last word) for "Kestrel Ridge Therapeutics" too, unless the
    // gazetteer knows the place; not "Cook County" for "Cook County Board".
    (c) =>
      (c.type !== 'PLACE' ||
        (c.canonical === null && NAME_LIKE_PLACE.test(longestName(c).toLowerCase()))) &&
      !(c.type === 'PERSON' && c.titles.length > 0),
    // Not a place a community group is named after ("Melrose Park Residents Action Group").
    (name, full) =>
      name.includes(' ') &&
      full.startsWith(`${name} `) &&
      !COMMUNITY_TAIL.test(full.slice(name.length)),
    // "Medway Athletic" beside "Medway Athletic Football Club" and "Medway Athletic Supporters'
    // Trust": the one whose added words only say what kind of body it is.
    (name, full) => SAME_BODY_TAIL.test(full.slice(name.length)),
  );
}
/** Groups named after the place their members live in. */
const COMMUNITY_TAIL = /^ (?:residents|community|neighbou?rhood|citizens|ratepayers|tenants)\b/i;
/** Place words firms take for names ("Kestrel Ridge", "Cedar Creek"). */
const NAME_LIKE_PLACE =
  / (?:ridge|hill|hills|park|brook|wood|woods|field|creek|grove|point|rock|peak|springs|lake|harbor|harbour|bay)$/;
const SAME_BODY_TAIL =
  /^ (?:football club|f\.?c\.?|a\.?f\.?c\.?|club|inc\.?|corp\.?|corporation|co\.?|company|ltd\.?|plc|llc|limited|group|holdings)$/i;

/**
 * "Finance Ministry" and "Ministry of Finance", "Justice Department" and "Department of
 * Justice": a body's head word after its field, when exactly one body is named the other way.
 */
function joinInvertedOrgNames(clusters: Cluster[]): void {
  joinIntoSoleFullerOrg(
    clusters,
    (c) => c.type === 'ORGANIZATION',
    (name, full) => {
      const m = INVERTIBLE.exec(name);
      if (!m) return false;
      const [, field, head] = m;
      const lower = full.toLowerCase();
      return [`${head} of ${field}`, `${head} of the ${field}`].some((form) => {
        const at = lower.length - form.length;
        return lower.endsWith(form.toLowerCase()) && (at === 0 || /\s/.test(lower[at - 1] ?? ''));
      });
    },
  );
}
const INVERTIBLE =
  /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (Ministry|Department|Commission|Office|Bureau|Agency)$/u;

/**
 * Merges each cluster that `joins` and whose longest name has two or more words into the one
 * organization whose longest name `fits` it, when exactly one does. Names are read once,
 * before any merge.
 */
function joinIntoSoleFullerOrg(
  clusters: Cluster[],
  joins: (c: Cluster) => boolean,
  fits: (name: string, full: string, short: Cluster) => boolean,
  prefer?: (name: string, full: string) => boolean,
  single?: (name: string) => boolean,
): void {
  const names = new Map(clusters.map((c) => [c, longestName(c)]));
  for (const short of clusters.filter(joins)) {
    const name = names.get(short) ?? '';
    if (!name.includes(' ') && !short.canonical?.includes(' ') && !single?.(name)) continue;
    const fuller = clusters.filter(
      (c) => c !== short && c.type === 'ORGANIZATION' && fits(name, names.get(c) ?? '', short),
    );
    const chosen =
      fuller.length > 1 && prefer ? fuller.filter((c) => prefer(name, names.get(c) ?? '')) : fuller;
    if (chosen.length === 1 && chosen[0]) mergeInto(chosen[0], short, clusters);
  }
}

/**
 * "City, State" forms: the city gets the alias "City, State" (the state stays its own place),
 * and "Washington" joins "Washington, D.C." when the article names D.C. and nothing marks the
 * state ("Washington state", "the state of Washington", "Seattle, Washington").
 */
function joinCityState(typed: TypedCandidate[], clusters: Cluster[]): void {
  const at = new Map<string, Cluster>();
  for (const cl of clusters) for (const m of cl.mentions) at.set(`${m.field}:${m.start}`, cl);
  const dc = clusters.find((cl) => cl.type === 'PLACE' && cl.canonical === 'Washington, D.C.');
  let washingtonState = false;
  const placeEnds = new Set(
    typed
      .filter((t) => t.classification.type === 'PLACE')
      .map((t) => `${t.field}:${t.candidate.end}`),
  );
  for (const tc of typed) {
    const c = tc.candidate;
    const cl = at.get(`${tc.field}:${c.start}`);
    if (foldKey(c.text) === 'washington') {
      const before = tc.source.slice(Math.max(0, c.start - 30), c.start);
      if (
        /^\s+state\b/.test(tc.source.slice(c.end, c.end + 8)) ||
        /\bstate of\s+$/i.test(before) ||
        (/,\s$/.test(before) && placeEnds.has(`${tc.field}:${c.start - 2}`))
      )
        washingtonState = true;
    }
    if (!cl || cl.type !== 'PLACE' || LEXICON.containers.has(foldKey(c.text))) continue;
    const state = containerAfter(tc.source, c.end);
    if (!state) continue;
    const form = `${c.text}, ${state}`;
    if (!cl.extraAliases.includes(form)) cl.extraAliases.push(form);
  }
  const washington = clusters.find(
    (cl) => cl !== dc && cl.type === 'PLACE' && cl.keys.has('washington') && cl.keys.size === 1,
  );
  if (dc && washington && !washingtonState) mergeInto(dc, washington, clusters);
}

const KNOWN_BY_INITIALS =
  /,\s+(?:(?:widely|better)\s+)?known\s+(?:by\s+its\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation)|as)\s+$/u;

/** "the National Disaster Management Agency, known by its Indonesian initials BNPB". */
function knownAs(tc: TypedCandidate, typed: TypedCandidate[]): Candidate | undefined {
  const c = tc.candidate;
  if (c.tokens.length !== 1 || !c.tokens[0]?.allCaps) return undefined;
  const before = KNOWN_BY_INITIALS.exec(tc.source.slice(Math.max(0, c.start - 60), c.start));
  if (!before) return undefined;
  const commaAt = c.start - before[0].length;
  return typed.find(
    (x) =>
      x.field === tc.field &&
      x.candidate.end === commaAt &&
      x.classification.type === 'ORGANIZATION',
  )?.candidate;
}

function definedBy(tc: TypedCandidate, typed: TypedCandidate[]): Candidate | undefined {
  const c = tc.candidate;
  if (tc.source[c.end] !== ')') return undefined;
  const prev = typed.filter((x) => x.field === tc.field && x.candidate.end === c.start - 2);
  const long = prev[0]?.candidate;
  if (!long) return undefined;
  const want = c.text.replace(/[^\p{Lu}]/gu, '');
  const got = initials(long.text);
  return want.length >= 2 && (got.includes(want[0] ?? '') || got.length >= want.length - 1)
    ? long
    : undefined;
}

function mergeInto(target: Cluster, src: Cluster, clusters: Cluster[]): void {
  for (const k of src.keys) target.keys.add(k);
  target.mentions.push(...src.mentions);
  for (const t of src.titles) if (!target.titles.includes(t)) target.titles.push(t);
  for (const a of src.extraAliases)
    if (!target.extraAliases.includes(a)) target.extraAliases.push(a);
  src.mentions = [];
  const i = clusters.indexOf(src);
  if (i >= 0) clusters.splice(i, 1);
}

/** The longest surface form among the cluster's mentions (by words, then length). */
export function longestName(cl: Cluster): string {
  let best = '';
  let bestWords = 0;
  for (const m of cl.mentions) {
    const text = m.text.replace(/['’]s$/u, '');
    const words = text.split(/\s+/).length;
    const allCaps = text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
    const w = allCaps ? words - 0.5 : words;
    if (w > bestWords || (w === bestWords && text.length > best.length)) {
      best = text;
      bestWords = w;
    }
  }
  return best;
}

function genderFromTitles(titles: string[]): Gender {
  for (const t of titles) {
    for (const w of t.toLowerCase().split(/\s+/)) {
      if (LEXICON.femaleTitles.has(w)) return 'female';
      if (LEXICON.maleTitles.has(w)) return 'male';
    }
  }
  return 'unknown';
}

function genderOf(cl: Cluster): Gender {
  if (cl.type !== 'PERSON') return 'unknown';
  const byTitle = genderFromTitles(cl.titles);
  if (byTitle !== 'unknown') return byTitle;
  if (cl.kinGender) return cl.kinGender;
  const first = tokenKeys(longestName(cl))[0] ?? '';
  return tokenKeys(longestName(cl)).length > 1
    ? (LEXICON.firstNameGender.get(first) ?? 'unknown')
    : 'unknown';
}
