import { describe, expect, it } from 'vitest';
import { sumTotals, totalsBy } from '../../../src/model/time/totals.ts';
import { makeIncident } from '../../factories.ts';

describe('sumTotals', () => {
  it('adds killed and injured and counts incidents', () => {
    const incidents = [makeIncident({ killed: 2, injured: 5 }), makeIncident({ killed: 0, injured: 3 })];
    expect(sumTotals(incidents)).toEqual({ killed: 2, injured: 8, incidents: 2 });
  });

  it('gives zeros for no incidents', () => {
    expect(sumTotals([])).toEqual({ killed: 0, injured: 0, incidents: 0 });
  });
});

describe('totalsBy', () => {
  it('groups totals by department', () => {
    const incidents = [
      makeIncident({ department: 'PE-PUN', killed: 17, injured: 100 }),
      makeIncident({ department: 'PE-AYA', killed: 10, injured: 40 }),
      makeIncident({ department: 'PE-PUN', killed: 1, injured: 0 }),
    ];
    const groups = totalsBy(incidents, (incident) => incident.department);
    expect(Object.fromEntries(groups)).toEqual({
      'PE-PUN': { killed: 18, injured: 100, incidents: 2 },
      'PE-AYA': { killed: 10, injured: 40, incidents: 1 },
    });
  });

  it('sums to the same totals as sumTotals', () => {
    const incidents = Array.from({ length: 30 }, (_, i) =>
      makeIncident({
        killed: i % 4,
        injured: i % 7,
        context: (['clash', 'blockade', 'other'] as const)[i % 3],
      }),
    );
    const groups = [...totalsBy(incidents, (incident) => incident.context).values()];
    const added = groups.reduce((a, b) => ({
      killed: a.killed + b.killed,
      injured: a.injured + b.injured,
      incidents: a.incidents + b.incidents,
    }));
    expect(added).toEqual(sumTotals(incidents));
  });
});
