// Words around and inside capitalised names that tell what kind of name it is.
import type { EntityType } from '../../record/types.js';

export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'gen', 'gen.', 'general',
  'col', 'col.', 'colonel', 'maj', 'maj.', 'major', 'lt', 'lt.', 'lieutenant', 'capt', 'capt.', 'captain', 'adm', 'adm.', 'admiral',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'mayor', 'secretary', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'judge', 'justice',
  'professor', 'prof', 'prof.', 'commander', 'marshal', 'sheikh', 'ayatollah', 'premier', 'envoy', 'deputy', 'speaker',
  'chief', 'saint', 'st', 'st.', 'father', 'rabbi', 'imam', 'emir', 'crown', 'sultan', 'defence', 'defense', 'foreign', 'interior',
  'finance', 'economy', 'trade', 'health', 'justice', 'state', 'first', 'former', 'acting', 'head', 'presidential',
  'executive', 'commissioner', 'inspector', 'superintendent', 'sergeant', 'activist', 'lawmaker', 'chancellor',
]);

const ORG_WORDS = new Set([
  'university', 'college', 'institute', 'ministry', 'council', 'party', 'bank', 'agency', 'committee', 'company', 'corp',
  'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'group', 'association', 'union', 'organisation', 'organization',
  'court', 'army', 'navy', 'front', 'movement', 'forces', 'commission', 'parliament', 'assembly', 'federation', 'foundation',
  'fund', 'service', 'services', 'department', 'office', 'news', 'times', 'post', 'guard', 'brigade', 'battalion', 'police',
  'authority', 'board', 'bureau', 'center', 'centre', 'club', 'congress', 'senate', 'house', 'society', 'trust', 'airlines',
  'airways', 'media', 'press', 'network', 'telegraph', 'journal', 'tribune', 'herald', 'daily', 'agency', 'alliance', 'coalition',
  'league', 'cabinet', 'government', 'administration', 'industries', 'holdings', 'group', 'foundation', 'school', 'hospital',
  'academy', 'diocese', 'archdiocese', 'institution', 'technologies', 'systems', 'solutions', 'communications',
  'pharmaceuticals', 'motors', 'electronics', 'laboratories', 'enterprises', 'ventures', 'partners', 'airline', 'railways',
  'devices', 'networks', 'software', 'microsystems', 'semiconductor', 'semiconductors', 'instruments', 'insurance',
  'chemicals', 'brands', 'stores', 'entertainment', 'pictures', 'studios', 'telecom', 'telecommunications', 'computers', 'wireless',
  'logistics', 'petroleum', 'investments', 'consulting', 'facilities', 'associates', 'fc', 'athletic', 'rovers', 'wanderers',
]);

const FAC_WORDS = new Set([
  'square', 'hall', 'palace', 'street', 'avenue', 'airport', 'bridge', 'tower', 'stadium', 'building', 'plaza', 'cathedral',
  'mosque', 'church', 'temple', 'port', 'harbour', 'harbor', 'station', 'base', 'prison', 'plant', 'dam', 'embassy', 'museum',
  'road', 'highway', 'park', 'mall', 'market', 'camp', 'checkpoint', 'crossing', 'bridge', 'court', 'gate', 'jail',
  'courthouse', 'penitentiary',
]);

const LOC_WORDS = new Set([
  'region', 'province', 'river', 'sea', 'ocean', 'island', 'islands', 'mountains', 'mountain', 'valley', 'gulf', 'bay',
  'peninsula', 'strait', 'desert', 'oblast', 'county', 'district', 'lake', 'coast', 'basin', 'plateau', 'state', 'territory',
]);

/** Words after a name, in lower case, that make it a place: "the Kharkiv region". */
export const PLACE_AFTER = new Set(['region', 'province', 'oblast', 'city', 'district', 'county', 'governorate', 'prefecture', 'area']);

/** A type from the words of the name itself, or null when they say nothing. */
export function typeFromWords(lowerWords: string[]): EntityType | null {
  const last = lowerWords[lowerWords.length - 1]!;
  if (lowerWords.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (lowerWords.some((w) => FAC_WORDS.has(w))) return 'FAC';
  if (LOC_WORDS.has(last)) return 'LOC';
  return null;
}

/** Words that may stand inside a name between capitalised words: "Bank of England". */
export const NAME_JOINERS = new Set(['of', 'of the', 'for', 'de', 'del', 'da', 'van', 'von', 'bin', 'al', 'the']);
