import { describe, expect, it } from 'vitest';
import { pageLimit, parseQueryParams, queryToSearch, rawFromSearch, validateQuery } from './params.js';
import { emptyQuery } from './query.js';

const parse = (search: string, extra: string[] = []) => parseQueryParams(rawFromSearch(new URLSearchParams(search)), extra);

describe('parseQueryParams', () => {
  it('gives the defaults for no parameter: asserted, not negated, any confidence', () => {
    expect(parse('').query).toEqual(emptyQuery());
    expect(emptyQuery()).toMatchObject({ modality: ['asserted'], negated: 'exclude', minConfidence: 0, directed: true, dateField: 'event' });
  });

  it.each([
    ['comma lists', 'actor=rus*,UKRGOV', { actor: ['RUS*', 'UKRGOV'] }],
    ['repeated parameters', 'actor=RUS*&actor=UKR', { actor: ['RUS*', 'UKR'] }],
    ['dyads', 'dyad=usa-chn,RUS*-UKR*&directed=false', { dyad: [{ source: 'USA', target: 'CHN' }, { source: 'RUS*', target: 'UKR*' }], directed: false }],
    ['names with commas, repeated', 'place=Washington, D.C.&place=Kyiv', { place: ['Washington, D.C.', 'Kyiv'] }],
    ['numbers', 'quad=3,4&minConfidence=0.5', { quad: [3, 4], minConfidence: 0.5 }],
    ['any modality', 'modality=any', { modality: ['asserted', 'reported', 'hypothetical', 'future'] }],
    ['a radius', 'near=50.45,30.52,25', { near: { lat: 50.45, lon: 30.52, km: 25 } }],
    ['a window on publication', 'time=2024-05&dateField=published', { time: { from: '2024-05-01', to: '2024-05-31', text: '2024-05' }, dateField: 'published' }],
    ['PLOVER types in lower case', 'plover=assault', { plover: ['ASSAULT'] }],
    ['a blank text as none', 'text=%20%20', { text: null }],
  ])('reads %s', (_, search, expected) => {
    expect(parse(search).query).toMatchObject(expected);
  });

  it.each([
    ['an unknown parameter', 'bogus=1', /unknown query parameter "bogus"/],
    ['a misspelt field', 'actors=RUS', /unknown query parameter "actors"/],
    ['a code with punctuation', "actor=RUS'--", /"actor": expected an actor code/],
    ['a code that is too long', `actor=${'A'.repeat(30)}`, /"actor": expected an actor code/],
    ['a wildcard in the middle', 'actor=R*S', /"actor"/],
    ['a half dyad', 'dyad=USA', /"dyad": expected SOURCE-TARGET/],
    ['a root out of range', 'root=21', /"root": expected a CAMEO root from 01 to 20/],
    ['a quad class out of range', 'quad=5', /"quad": expected a quad class from 1 to 4, found "5"/],
    ['a quad class that is no number', 'quad=x', /"quad"/],
    ['a PLOVER type that does not exist', 'plover=HUG', /"plover": expected a PLOVER type/],
    ['an invalid date', 'time=2024-02-30', /"time": expected dates/],
    ['an inverted window', 'time=2024-05/2024-01', /"time": the end of the interval comes before its start/],
    ['a radius too large', 'near=0,0,99999', /"near": expected LAT,LON,KM/],
    ['a confidence above 1', 'minConfidence=2', /"minConfidence": expected a number from 0 to 1/],
    ['a modality that does not exist', 'modality=rumoured', /"modality": expected any of/],
    ['a boolean that is not one', 'directed=maybe', /"directed": expected true or false/],
    ['a single value given twice', 'time=2024&time=2025', /"time": expected one value, found 2/],
    ['a control character in a name', 'outlet=a%00b', /"outlet": expected a name without control characters/],
    ['too many values', `actor=${Array(101).fill('USA').join(',')}`, /at most 100 values/],
    ['a text that is too long', `text=${'a'.repeat(501)}`, /"text": expected at most 500 characters/],
  ])('refuses %s with NG_E060', (_, search, message) => {
    expect(() => parse(search)).toThrowError(message);
    expect(() => parse(search)).toThrowError(expect.objectContaining({ code: 'NG_E060', hint: expect.any(String) }));
  });

  it('keeps the parameters an endpoint allows apart from the Query', () => {
    expect(parse('limit=10&actor=USA', ['limit']).extra).toEqual({ limit: '10' });
  });

  it('validates a saved JSON query with the same schema', () => {
    expect(validateQuery({ actor: ['usa'], time: '2024' }).actor).toEqual(['USA']);
    expect(() => validateQuery({ actor: 'USA', sql: 'DROP' })).toThrowError(/NG_E060|not a query field|"sql"/);
  });

  it('writes a Query back as URL parameters that read the same', () => {
    const q = parse('actor=RUS*&dyad=USA-CHN&directed=false&time=2024-01/2024-03&near=1,2,3&place=A, B&modality=any').query;
    expect(parse(queryToSearch(q)).query).toEqual(q);
    expect(queryToSearch(emptyQuery())).toBe('');
  });
});

describe('pageLimit', () => {
  it.each([[undefined, 50], ['1', 1], ['1000', 1000]])('accepts %s', (v, n) => expect(pageLimit(v)).toBe(n));
  it.each(['0', '1001', '100000', '-5', '2.5', '1e3', 'ten', ''])('refuses %j with NG_E060', (v) => {
    expect(() => pageLimit(v)).toThrowError(expect.objectContaining({ code: 'NG_E060' }));
  });
});
