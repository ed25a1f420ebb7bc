import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/data/days.ts';
import { exportFileName } from '../../src/model/export-names.ts';

const range = (from: string, to: string) => ({
  fromDay: parseIsoDay(from) as number,
  toDay: parseIsoDay(to) as number,
});

describe('exportFileName(range, region, extension)', () => {
  it('names a download by its dates', () => {
    expect(exportFileName(range('2023-01-09', '2023-01-09'), null, 'geojson')).toBe(
      'peru-protestas_2023-01-09_2023-01-09.geojson',
    );
  });

  it('adds the focused department', () => {
    expect(exportFileName(range('2022-12-07', '2023-03-31'), 'PE-PUN', 'csv')).toBe(
      'peru-protestas_PE-PUN_2022-12-07_2023-03-31.csv',
    );
  });

  it('keeps only safe characters, whatever it is given', () => {
    expect(exportFileName(range('2023-01-09', '2023-01-10'), '../PE PUN/', 'p/n.g')).toBe(
      'peru-protestas_PEPUN_2023-01-09_2023-01-10.png',
    );
  });
});
