import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { DEPARTMENTS } from '../../../src/data/departments.ts';
import { exportFileName } from '../../../src/model/export/export-names.ts';

const range = (from: string, to: string) => ({
  fromDay: parseIsoDay(from) as number,
  toDay: parseIsoDay(to) as number,
});
const day = range('2023-01-09', '2023-01-09');

describe('exportFileName(range, region, extension)', () => {
  it('names a download by its first and last day', () => {
    expect(exportFileName(day, null, 'geojson')).toBe('peru-protestas_2023-01-09_2023-01-09.geojson');
    expect(exportFileName(range('2022-12-07', '2023-03-31'), null, 'png')).toBe(
      'peru-protestas_2022-12-07_2023-03-31.png',
    );
  });

  it('adds the focused department before the dates', () => {
    expect(exportFileName(day, 'PE-PUN', 'csv')).toBe('peru-protestas_PE-PUN_2023-01-09_2023-01-09.csv');
  });

  it('names the people download apart from the incident one of the same view', () => {
    expect(exportFileName(day, 'PE-PUN', 'csv', 'personas')).toBe(
      'peru-protestas-personas_PE-PUN_2023-01-09_2023-01-09.csv',
    );
  });

  it('gives the same name to the three formats of one view, but for the extension', () => {
    const names = ['geojson', 'csv', 'png'].map((extension) => exportFileName(day, 'PE-AYA', extension));
    expect(new Set(names.map((name) => name.replace(/\.[a-z]+$/, ''))).size).toBe(1);
  });

  it('keeps only safe characters, whatever it is given', () => {
    expect(exportFileName(range('2023-01-09', '2023-01-10'), '../PE PUN/', 'p/n.g')).toBe(
      'peru-protestas_PEPUN_2023-01-09_2023-01-10.png',
    );
    expect(exportFileName(day, 'PE-ÁNC:*?"<>|\\', 'csv\u0000')).toBe(
      'peru-protestas_PE-NC_2023-01-09_2023-01-09.csv',
    );
  });

  it('leaves out a region that has no safe character left, instead of a double underscore', () => {
    expect(exportFileName(day, '../', 'csv')).toBe('peru-protestas_2023-01-09_2023-01-09.csv');
    expect(exportFileName(day, '', 'csv')).toBe('peru-protestas_2023-01-09_2023-01-09.csv');
  });

  it('leaves out the dot when the extension has no safe character left', () => {
    expect(exportFileName(day, null, '.')).toBe('peru-protestas_2023-01-09_2023-01-09');
  });

  it('gives every department a name of letters, digits, dashes, underscores and one dot', () => {
    for (const department of DEPARTMENTS) {
      const name = exportFileName(range('2022-12-07', '2023-03-31'), department.iso, 'geojson');
      expect(name).toMatch(/^[A-Za-z0-9_-]+\.geojson$/);
      expect(name).toContain(`_${department.iso}_`);
    }
  });
});
