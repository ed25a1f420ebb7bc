import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCollection } from '../../../src/data/validate.ts';
import {
  comparableFigures,
  killedByRole,
  replaceSummary,
  SUMMARY_END,
  SUMMARY_START,
  summarizeDataset,
} from '../../../src/model/export/dataset-summary.ts';
import { makeIncident } from '../../factories.ts';

describe('killedByRole', () => {
  it('adds stated roles and counts the killed of incidents without roles as not stated', () => {
    const incidents = [
      makeIncident({ killed: 18, killed_by_role: { civilian: 17, police: 1 } }),
      makeIncident({ killed: 6, killed_by_role: { military: 6 } }),
      makeIncident({ killed: 2 }),
    ];
    expect(killedByRole(incidents)).toEqual({ civilian: 17, police: 1, military: 6, unstated: 2 });
  });
});

describe('summarizeDataset', () => {
  const incidents = [
    makeIncident({ department: 'PE-PUN', killed: 18, injured: 100, context: 'clash' }),
    makeIncident({ department: 'PE-AYA', killed: 10, injured: 45, context: 'clash' }),
    makeIncident({ department: 'PE-AYA', killed: 0, injured: 3, context: 'blockade' }),
  ];

  it('lists departments with incidents, most killed first, and a total row', () => {
    const lines = summarizeDataset(incidents).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      '| Puno (PE-PUN) | 18 | 100 | 1 |',
      '| Ayacucho (PE-AYA) | 10 | 48 | 2 |',
      '| **all** | 28 | 148 | 3 |',
    ]);
  });

  it('lists totals by context that add up to the same total', () => {
    const text = summarizeDataset(incidents);
    expect(text).toContain('| clash | 28 | 145 | 2 |');
    expect(text).toContain('| blockade | 0 | 3 | 1 |');
  });
});

describe('comparableFigures', () => {
  it('splits the killed up to a day by context and role', () => {
    const incidents = [
      makeIncident({
        date: '2023-01-09',
        context: 'clash',
        killed: 18,
        killed_by_role: { civilian: 17, police: 1 },
      }),
      makeIncident({ date: '2023-01-18', context: 'blockade', killed: 1 }),
      makeIncident({
        date: '2023-03-05',
        context: 'other',
        killed: 6,
        killed_by_role: { military: 6 },
        injured: 7,
      }),
    ];
    expect(comparableFigures(incidents, '2023-02-28')).toEqual({
      civiliansInClashes: 17,
      blockade: 1,
      police: 1,
      military: 0,
      unstated: 0,
      killed: 19,
      injured: 0,
    });
    expect(comparableFigures(incidents, '2023-03-31')).toMatchObject({ military: 6, killed: 25, injured: 7 });
  });
});

describe('replaceSummary', () => {
  it('replaces only the block between the markers', () => {
    const readme = `# Title\n${SUMMARY_START}\nold\n${SUMMARY_END}\nafter`;
    expect(replaceSummary(readme, 'new')).toBe(`# Title\n${SUMMARY_START}\nnew\n${SUMMARY_END}\nafter`);
  });

  it('refuses a README without markers', () => {
    expect(() => replaceSummary('# Title', 'new')).toThrow(/markers/);
  });
});

describe('data/README.md', () => {
  it('shows the totals of data/incidents.geojson as computed now', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const result = validateCollection(
      JSON.parse(readFileSync(resolve(root, 'data/incidents.geojson'), 'utf8')),
    );
    if (!result.ok) throw new Error(result.error);
    const readme = readFileSync(resolve(root, 'data/README.md'), 'utf8');
    expect(replaceSummary(readme, summarizeDataset(result.incidents))).toBe(readme);
  });
});
