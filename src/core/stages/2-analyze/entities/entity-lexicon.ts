/**
 * @module entity-lexicon
 * The entity lexicons compiled once into Sets and Maps, so every lookup in the chunker is O(1).
 */
import cues from '../../../lexicons/entities-cues.json' with { type: 'json' };
import places from '../../../lexicons/entities-places.json' with { type: 'json' };
import givenNames from '../../../lexicons/entities-given-names.json' with { type: 'json' };

export interface EntityLexicon {
  governmentTitles: ReadonlySet<string>;
  titleHeads: ReadonlySet<string>;
  corporateTitles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** Lower-case descriptions resolvable to a titled person ("prime minister"), longest first. */
  describableTitles: readonly string[];
  roleNouns: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  describableOrgHeads: ReadonlySet<string>;
  /** Lower-case name → name as usually written. */
  knownOrganizations: ReadonlyMap<string, string>;
  placeHeads: ReadonlySet<string>;
  /** First words of named events ("Storm …", "Operation …"): named, but neither people nor places. */
  eventHeads: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  placeSuffixCues: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  commonCapitalised: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Lower-case place name or alias → canonical place name. */
  places: ReadonlyMap<string, string>;
  /** Canonical country names (values of `places` that are countries). */
  countries: ReadonlySet<string>;
  /** Lower-case demonym → country. */
  demonyms: ReadonlyMap<string, string>;
  /** Regional, religious and political adjectives ("Central Asian", "Sunni"): modifiers, not entities. */
  adjectives: ReadonlySet<string>;
  /** Longest place name in tokens, to bound the gazetteer scan. */
  maxPlaceWords: number;
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

function compileLexicon(): EntityLexicon {
  const placeMap = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const [country, countryDemonyms] of Object.entries(places.countries)) {
    placeMap.set(country.toLowerCase(), country);
    for (const demonym of countryDemonyms) demonyms.set(demonym.toLowerCase(), country);
  }
  for (const [alias, country] of Object.entries(places.aliases)) placeMap.set(alias.toLowerCase(), country);
  for (const city of places.cities) placeMap.set(city.toLowerCase(), city);
  for (const region of places.regions) placeMap.set(region.toLowerCase(), region);
  let maxPlaceWords = 1;
  for (const name of placeMap.keys()) maxPlaceWords = Math.max(maxPlaceWords, name.split(/[\s-]+/).length);
  return {
    governmentTitles: lowerSet(cues.governmentTitles),
    titleHeads: lowerSet(cues.titleHeads),
    corporateTitles: lowerSet(cues.corporateTitles),
    honorifics: lowerSet(cues.honorifics),
    describableTitles: [...cues.describableTitles].sort((a, b) => b.length - a.length),
    roleNouns: lowerSet(cues.roleNouns),
    orgHeads: lowerSet(cues.orgHeads),
    describableOrgHeads: lowerSet(cues.describableOrgHeads),
    knownOrganizations: new Map(cues.knownOrganizations.map((name) => [name.toLowerCase(), name])),
    placeHeads: lowerSet(cues.placeHeads),
    eventHeads: lowerSet(cues.eventHeads),
    placePrepositions: lowerSet(cues.placePrepositions),
    placeSuffixCues: lowerSet(cues.placeSuffixCues),
    nameParticles: lowerSet(cues.nameParticles),
    commonCapitalised: lowerSet(cues.commonCapitalised),
    calendarWords: lowerSet(cues.calendarWords),
    givenNames: lowerSet(givenNames.names),
    places: placeMap,
    countries: new Set(Object.keys(places.countries)),
    demonyms,
    adjectives: lowerSet(places.adjectives),
    maxPlaceWords,
  };
}

export const entityLexicon: EntityLexicon = compileLexicon();
