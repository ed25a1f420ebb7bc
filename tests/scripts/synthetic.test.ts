import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateSynthetic,
  generateSyntheticIncidents,
  writeFeatureCollection,
  writeSyntheticGeoJson,
} from '../../scripts/synthetic.ts';
import { TOWNS } from '../../scripts/synthetic-towns.ts';
import { checkDataset } from '../../src/data/check-dataset.ts';
import { parseIsoDay } from '../../src/data/days.ts';
import { createDepartmentIndex } from '../../src/data/department-index.ts';
import { PERIOD } from '../../src/data/vocabulary.ts';

const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/boundaries/peru-departments.geojson'), 'utf8'),
);
const departments = createDepartmentIndex(boundaries);
const day = (text: string) => parseIsoDay(text) as number;

describe('TOWNS', () => {
  it('has about forty town centres, each inside its department', () => {
    expect(TOWNS.length).toBeGreaterThanOrEqual(40);
    for (const town of TOWNS)
      expect([town.name, departments.locate(town.lng, town.lat)]).toEqual([town.name, town.department]);
  });
});

describe('generateSyntheticIncidents({ count, seed, locate })', () => {
  const incidents = generateSyntheticIncidents({ count: 4000, seed: 7 });

  it('gives the same incidents for the same seed and others for another seed', () => {
    expect(generateSyntheticIncidents({ count: 50, seed: 7 })).toEqual(incidents.slice(0, 50));
    expect(generateSyntheticIncidents({ count: 50, seed: 8 })).not.toEqual(incidents.slice(0, 50));
  });

  it('numbers ids synthetic-000001 upwards and says in every summary and source that they are synthetic', () => {
    expect([incidents[0]?.id, incidents[3999]?.id]).toEqual(['synthetic-000001', 'synthetic-004000']);
    for (const incident of incidents.slice(0, 100)) {
      expect(incident.summary_en).toMatch(/synthetic/i);
      expect(incident.summary_es).toMatch(/sintético/i);
      expect(incident.sources.map((source) => source.url)).toEqual(['https://example.org/synthetic']);
    }
  });

  it('keeps dates in the period, about 5% with an end_date, and most incidents without deaths', () => {
    const [first, last] = [day(PERIOD.first), day(PERIOD.last)];
    for (const incident of incidents) {
      expect(day(incident.date)).toBeGreaterThanOrEqual(first);
      expect(day(incident.end_date ?? incident.date)).toBeLessThanOrEqual(last);
      expect(day(incident.end_date ?? incident.date)).toBeGreaterThanOrEqual(day(incident.date));
    }
    const withEnd = incidents.filter((incident) => incident.end_date).length / incidents.length;
    expect(withEnd).toBeGreaterThan(0.03);
    expect(withEnd).toBeLessThan(0.07);
    expect(incidents.filter((incident) => incident.killed === 0).length / incidents.length).toBeGreaterThan(
      0.9,
    );
  });

  it('comes in waves: the week of 9 January holds more incidents than a quiet week of March', () => {
    const inWeek = (from: string) =>
      incidents.filter((i) => day(i.date) >= day(from) && day(i.date) < day(from) + 7).length;
    expect(inWeek('2023-01-06')).toBeGreaterThan(3 * inWeek('2023-03-20'));
    expect(inWeek('2022-12-10')).toBeGreaterThan(3 * inWeek('2023-03-20'));
  });

  it('writes a file that passes the data checker when points are checked against the departments', () => {
    const checked = generateSyntheticIncidents({ count: 400, seed: 3, locate: departments.locate });
    const chunks: string[] = [];
    writeFeatureCollection(checked, (chunk) => chunks.push(chunk));
    const report = checkDataset(chunks.join(''), departments);
    expect(report.fatal).toBeNull();
    expect(report.problems).toEqual([]);
    expect(report.incidents).toHaveLength(400);
  });

  it('gives the same incidents and file in the { lng, lat, properties } shape', () => {
    const [incident] = generateSyntheticIncidents({ count: 1, seed: 5 });
    const [shaped] = generateSynthetic(1, 5);
    const { lng, lat, ...properties } = incident as NonNullable<typeof incident>;
    expect(shaped).toEqual({ lng, lat, properties });
    const a: string[] = [];
    const b: string[] = [];
    writeFeatureCollection(generateSyntheticIncidents({ count: 3, seed: 5 }), (chunk) => a.push(chunk));
    writeSyntheticGeoJson(generateSynthetic(3, 5), (chunk) => b.push(chunk));
    expect(b.join('')).toBe(a.join(''));
  });
});
