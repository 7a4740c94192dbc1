// The filters of the Query, shared by every view: edited in a form, applied to the URL on
// Enter or "Apply", so each change is one history entry and one request per view.
import { useState, type FormEvent } from 'react';
import { api, useLoad } from '../api.js';
import { QUADS } from '../format.js';
import { href, navigate, QUERY_KEYS, SELECTION_KEYS, withChanges, type Place, type QueryKey } from '../url-state.js';

interface Field {
  key: QueryKey;
  label: string;
  placeholder: string;
  /** `names` may hold commas, so several are separated by ";" in the box and repeated in the URL. */
  kind: 'codes' | 'names' | 'one';
  list?: string;
  more?: boolean;
}

const FIELDS: Field[] = [
  { key: 'actor', label: 'Actor', placeholder: 'RUS*, UKRGOV', kind: 'codes', list: 'actor-codes' },
  { key: 'dyad', label: 'Dyad', placeholder: 'RUS*-UKR*', kind: 'codes' },
  { key: 'cameo', label: 'CAMEO', placeholder: '190, 14*', kind: 'codes' },
  { key: 'root', label: 'Root', placeholder: '18, 19, 20', kind: 'codes' },
  { key: 'place', label: 'Place', placeholder: 'Kharkiv', kind: 'names' },
  { key: 'time', label: 'Time', placeholder: '2024-01/2024-06', kind: 'one' },
  { key: 'outlet', label: 'Outlet', placeholder: 'Reuters', kind: 'names', list: 'outlets' },
  { key: 'text', label: 'Text', placeholder: 'grain corridor', kind: 'one' },
  { key: 'source', label: 'Source', placeholder: 'USA', kind: 'codes', list: 'actor-codes', more: true },
  { key: 'target', label: 'Target', placeholder: 'CHN*', kind: 'codes', list: 'actor-codes', more: true },
  { key: 'actorCountry', label: 'Actor country', placeholder: 'IRN, SAU', kind: 'codes', more: true },
  { key: 'country', label: 'Event country', placeholder: 'UKR', kind: 'codes', more: true },
  { key: 'plover', label: 'PLOVER', placeholder: 'ASSAULT, COERCE', kind: 'codes', more: true },
  { key: 'minConfidence', label: 'Min. confidence', placeholder: '0.6', kind: 'one', more: true },
];

const MODALITIES = [
  { value: '', label: 'asserted (default)' },
  { value: 'any', label: 'any' },
  { value: 'asserted,reported', label: 'asserted or reported' },
  { value: 'reported', label: 'reported' },
  { value: 'hypothetical', label: 'hypothetical' },
  { value: 'future', label: 'future' },
];

type Values = Record<string, string>;

function fromUrl(params: URLSearchParams): Values {
  const v: Values = {};
  for (const f of FIELDS) v[f.key] = params.getAll(f.key).join(f.kind === 'names' ? '; ' : ',');
  v.modality = params.getAll('modality').join(',');
  v.quad = params.getAll('quad').join(',');
  return v;
}

function toChanges(v: Values): Record<string, string | string[] | null> {
  const changes: Record<string, string | string[] | null> = {};
  for (const f of FIELDS) {
    const raw = (v[f.key] ?? '').trim();
    if (f.kind === 'names') changes[f.key] = raw.split(';').map((s) => s.trim()).filter(Boolean);
    else if (f.kind === 'codes') changes[f.key] = raw.split(/[\s,]+/).filter(Boolean).join(',');
    else changes[f.key] = raw;
  }
  changes.modality = v.modality ?? '';
  changes.quad = v.quad ?? '';
  for (const k of SELECTION_KEYS) changes[k] = null;
  return changes;
}

/** Codes and outlet names for the boxes' suggestions, loaded once. */
function Suggestions() {
  const actors = useLoad('actors', (s) => api.actors(new URLSearchParams(), 500, s));
  const outlets = useLoad('outlets', (s) => api.aggregate(new URLSearchParams({ modality: 'any' }), 'month', 'outlet', s));
  const outletNames = outlets.status === 'ok' ? [...new Set(outlets.data.buckets.map((b) => b.key))].sort() : [];
  return (
    <>
      <datalist id="actor-codes">
        {actors.status === 'ok' && actors.data.items.map((a) => <option key={a.code} value={a.code}>{a.name ?? ''}</option>)}
      </datalist>
      <datalist id="outlets">{outletNames.map((o) => <option key={o} value={o} />)}</datalist>
    </>
  );
}

function QuadBoxes({ value, set }: { value: string; set: (v: string) => void }) {
  const chosen = new Set(value.split(',').filter(Boolean));
  const toggle = (q: string) => {
    const next = new Set(chosen);
    if (next.has(q)) next.delete(q);
    else next.add(q);
    set([...next].sort().join(','));
  };
  return (
    <fieldset className="quads">
      <legend>Quad class</legend>
      {[1, 2, 3, 4].map((q) => (
        <label key={q} title={QUADS[q]!.label}>
          <input type="checkbox" name={`quad${q}`} checked={chosen.has(String(q))} onChange={() => toggle(String(q))} />
          <span className="swatch" style={{ background: QUADS[q]!.color }} aria-hidden="true" />
          {QUADS[q]!.short}
        </label>
      ))}
    </fieldset>
  );
}

function FilterForm({ place }: { place: Place }) {
  const initial = fromUrl(place.params);
  const [values, setValues] = useState<Values>(initial);
  const hasMore = FIELDS.some((f) => f.more && initial[f.key]) || Boolean(initial.modality);
  const [more, setMore] = useState(hasMore);
  const set = (k: string) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(href(place.route, withChanges(place.params, toChanges(values))));
  };
  const clear = () => {
    const changes: Record<string, null> = {};
    for (const k of [...QUERY_KEYS, ...SELECTION_KEYS]) changes[k] = null;
    navigate(href(place.route, withChanges(place.params, changes)));
  };
  const active = QUERY_KEYS.filter((k) => place.params.has(k)).length;
  return (
    <form className="filters" onSubmit={apply} role="search" aria-label="Filters">
      <div className="fields">
        {FIELDS.filter((f) => more || !f.more).map((f) => (
          <label key={f.key} className={`field field-${f.key}`}>
            <span>{f.label}</span>
            <input name={f.key} value={values[f.key] ?? ''} placeholder={f.placeholder} list={f.list}
              onChange={(e) => set(f.key)(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
        ))}
        {more && (
          <label className="field field-modality">
            <span>Modality</span>
            <select name="modality" value={values.modality ?? ''} onChange={(e) => set('modality')(e.target.value)}>
              {MODALITIES.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
            </select>
          </label>
        )}
        <QuadBoxes value={values.quad ?? ''} set={set('quad')} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">Apply</button>
        <button type="button" onClick={clear} disabled={active === 0}>Clear{active > 0 ? ` (${active})` : ''}</button>
        <button type="button" className="linkish" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? 'Fewer filters' : 'More filters'}
        </button>
      </div>
    </form>
  );
}

export function FilterBar({ place }: { place: Place }) {
  // A new URL (history, a link, a shared address) resets the form to what the URL says.
  const key = QUERY_KEYS.map((k) => place.params.getAll(k).join(',')).join('|');
  return (
    <>
      <FilterForm key={key} place={place} />
      <Suggestions />
    </>
  );
}
