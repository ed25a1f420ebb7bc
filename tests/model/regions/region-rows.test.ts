import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../../../src/data/departments.ts';
import { VIOLATIONS, type Violation } from '../../../src/data/vocabulary.ts';
import { buildRegionRows, sumRows } from '../../../src/model/regions/region-rows.ts';
import type { Totals } from '../../../src/model/time/totals.ts';

const at = (iso: string) => DEPARTMENTS.findIndex((d) => d.iso === iso);
const zero = (): Totals => ({ killed: 0, injured: 0, incidents: 0 });

function byRegion(values: Record<string, [number, number, number]>): Totals[] {
  const totals = DEPARTMENTS.map(zero);
  for (const [iso, [killed, injured, incidents]] of Object.entries(values))
    totals[at(iso)] = { killed, injured, incidents };
  return totals;
}

function categories(values: Record<string, Partial<Record<Violation, number>>>): Totals[][] {
  const table = Array.from({ length: DEPARTMENTS.length + 1 }, () => VIOLATIONS.map(zero));
  for (const [iso, counts] of Object.entries(values))
    for (const [violation, incidents] of Object.entries(counts))
      (table[at(iso)] as Totals[])[VIOLATIONS.indexOf(violation as Violation)] = { ...zero(), incidents };
  return table;
}

const ALL = new Set(VIOLATIONS);
const regions = byRegion({
  'PE-PUN': [29, 296, 19],
  'PE-AYA': [10, 45, 3],
  'PE-LIM': [2, 169, 22],
  'PE-ICA': [0, 61, 4],
});

describe('buildRegionRows(byRegion, categoryTable, selected, sortKey)', () => {
  it('lists only departments with incidents, by people killed', () => {
    const rows = buildRegionRows(regions, categories({}), ALL, 'killed');
    expect(rows.map((row) => row.iso)).toEqual(['PE-PUN', 'PE-AYA', 'PE-LIM', 'PE-ICA']);
    expect(rows[0]).toMatchObject({ name: 'Puno', totals: { killed: 29, injured: 296, incidents: 19 } });
  });

  it('sorts by people injured or by incidents on request', () => {
    expect(buildRegionRows(regions, categories({}), ALL, 'injured').map((row) => row.iso)).toEqual([
      'PE-PUN',
      'PE-LIM',
      'PE-ICA',
      'PE-AYA',
    ]);
    expect(buildRegionRows(regions, categories({}), ALL, 'incidents').map((row) => row.iso)).toEqual([
      'PE-LIM',
      'PE-PUN',
      'PE-ICA',
      'PE-AYA',
    ]);
  });

  it('breaks ties by the other figures, then by name', () => {
    const tied = byRegion({ 'PE-CUS': [1, 5, 2], 'PE-APU': [1, 5, 2], 'PE-ARE': [1, 9, 1] });
    expect(buildRegionRows(tied, categories({}), ALL, 'killed').map((row) => row.name)).toEqual([
      'Arequipa',
      'Apurímac',
      'Cusco',
    ]);
  });

  it('keeps a department with incidents but nobody killed or injured, and drops one with none', () => {
    const rows = buildRegionRows(byRegion({ 'PE-HUV': [0, 0, 3] }), categories({}), ALL, 'killed');
    expect(rows.map((row) => [row.iso, row.totals.incidents])).toEqual([['PE-HUV', 3]]);
    expect(buildRegionRows(DEPARTMENTS.map(zero), categories({}), ALL, 'killed')).toEqual([]);
  });

  it('breaks a row down by the selected categories that occur there, most severe first', () => {
    const table = categories({ 'PE-PUN': { assembly: 4, life: 12, expression: 2 } });
    const [puno] = buildRegionRows(
      regions,
      table,
      new Set<Violation>(['life', 'assembly', 'transit']),
      'killed',
    );
    expect(puno?.categories).toEqual([
      { violation: 'life', incidents: 12 },
      { violation: 'assembly', incidents: 4 },
    ]);
  });
});

describe('sumRows(rows)', () => {
  it('adds up every row, and is zero for none', () => {
    expect(sumRows(buildRegionRows(regions, categories({}), ALL, 'killed'))).toEqual({
      killed: 41,
      injured: 571,
      incidents: 48,
    });
    expect(sumRows([])).toEqual(zero());
  });
});
