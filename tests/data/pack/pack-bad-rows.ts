import { parseIsoDay } from '../../../src/data/days.ts';
import type { PackRow } from '../../../src/data/pack/write-pack.ts';
import { makeProperties, TOWNS } from '../../factories.ts';

/** Raw properties and a point, as a test writes them into both a GeoJSON feature and a pack row. */
export interface RawIncident {
  properties: Record<string, unknown>;
  lng: number | null;
  lat: number | null;
}

/** A valid raw incident at Juliaca, then changed by `change` (null removes a field). */
export function makeRaw(change: (raw: RawIncident) => void = () => {}): RawIncident {
  const raw: RawIncident = {
    properties: makeProperties() as unknown as Record<string, unknown>,
    lng: TOWNS.juliaca.lng,
    lat: TOWNS.juliaca.lat,
  };
  change(raw);
  return raw;
}

/** The raw incident as a GeoJSON feature: null fields left out. */
export function featureOf({ properties, lng, lat }: RawIncident): unknown {
  const kept = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null));
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: kept };
}

/** The raw incident as a pack row, written as data:pack writes it but without checking anything. */
export function rowOf({ properties: p, lng, lat }: RawIncident): PackRow {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const day = (value: unknown) => (typeof value === 'string' ? parseIsoDay(value) : null);
  const count = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    id: text(p.id),
    lng,
    lat,
    killed: count(p.killed),
    injured: count(p.injured),
    date: day(p.date),
    end_date: day(p.end_date),
    place: text(p.place),
    department: text(p.department),
    precision: text(p.precision),
    killed_by_role: p.killed_by_role ?? null,
    people: p.people ?? null,
    context: text(p.context),
    violations: p.violations ?? null,
    perpetrator: text(p.perpetrator),
    summary_es: text(p.summary_es),
    summary_en: text(p.summary_en),
    sources: p.sources ?? null,
  };
}
