import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkDataset, formatReport } from '../../src/data/check-dataset.ts';
import { createDepartmentIndex, type DepartmentFeature } from '../../src/data/department-index.ts';
import { makeCollection, makeFeature } from '../factories.ts';

const root = resolve(import.meta.dirname, '../..');
const boundaries = JSON.parse(
  readFileSync(resolve(root, 'data/boundaries/peru-departments.geojson'), 'utf8'),
);
const index = createDepartmentIndex(
  boundaries as FeatureCollection<Polygon | MultiPolygon, DepartmentFeature['properties']>,
);

function checkFixture(name: string): string[] {
  const file = `tests/fixtures/broken/${name}`;
  return formatReport(checkDataset(readFileSync(resolve(root, file), 'utf8'), index), name);
}

describe('checkDataset on broken fixtures', () => {
  it('names a point that lies in another department than declared', () => {
    expect(checkFixture('wrong-department.geojson')).toEqual([
      'test-wrong-department: department PE-CUS but point lies in PE-PUN',
      'wrong-department.geojson: 1 problems in 1 features',
    ]);
  });

  it('names an impossible date', () => {
    expect(checkFixture('bad-date.geojson')[0]).toBe('test-bad-date: date 2023-02-30 is not a calendar day');
  });

  it('names a duplicate id', () => {
    expect(checkFixture('duplicate-id.geojson')[0]).toBe(
      'test-twin: id is used by another incident (feature #1)',
    );
  });

  it('names a missing source list', () => {
    expect(checkFixture('missing-source.geojson')[0]).toBe('test-missing-source: sources is missing');
  });

  it('names a geometry that is not a Point', () => {
    expect(checkFixture('non-point.geojson')[0]).toBe(
      'test-line: geometry must be a Point, found LineString',
    );
  });

  it('says a file is not valid JSON', () => {
    const [line] = checkFixture('invalid-json.geojson');
    expect(line).toMatch(/^invalid-json\.geojson: not valid JSON: /);
  });
});

describe('checkDataset', () => {
  it('passes a valid file with no problems', () => {
    const report = checkDataset(readFileSync(resolve(root, 'tests/fixtures/valid.geojson'), 'utf8'), index);
    expect(report.problems).toEqual([]);
    expect(formatReport(report, 'valid.geojson')).toEqual(['valid.geojson: 2 incidents, no problems']);
  });

  it('requires the metadata member', () => {
    const report = checkDataset(JSON.stringify(makeCollection([makeFeature()], false)), index);
    expect(report.problems.map((problem) => problem.id)).toEqual(['metadata']);
  });

  it('reports a point in Lake Titicaca as lying in no department', () => {
    const text = JSON.stringify(
      makeCollection([makeFeature({ id: 'lake' }, { type: 'Point', coordinates: [-69.6, -15.8] })]),
    );
    expect(formatReport(checkDataset(text, index), 'f')[0]).toBe(
      'lake: geometry point [-69.6, -15.8] lies in no department of Peru (sea, lake or abroad)',
    );
  });
});

// Each test starts `npx tsx` in a child process: seconds on a busy machine, not a sign of a slow check.
describe('npm run data:check', { timeout: 60_000 }, () => {
  const run = (file: string) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/data-check.ts', file], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  it('exits 0 on a valid file', () => {
    expect(run('tests/fixtures/valid.geojson')).toMatchObject({ code: 0 });
  });

  it('exits 1 and prints the problem on a broken file', () => {
    const result = run('tests/fixtures/broken/wrong-department.geojson');
    expect(result.code).toBe(1);
    expect(result.output).toContain('test-wrong-department: department PE-CUS but point lies in PE-PUN');
  });
});
