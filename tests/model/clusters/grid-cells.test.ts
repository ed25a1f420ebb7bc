import { describe, expect, it } from 'vitest';
import {
  cellCoordinate,
  mercatorX,
  mercatorY,
  mortonKey,
  mortonX,
  mortonY,
  pointCells,
} from '../../../src/model/clusters/grid-cells.ts';
import { randomInt, seededRandom } from '../../random.ts';

describe('mercatorX(lng) and mercatorY(lat)', () => {
  it('maps the antimeridian, Greenwich and the equator to 0, ½ and 1', () => {
    expect([mercatorX(-180), mercatorX(0), mercatorX(180)]).toEqual([0, 0.5, 1]);
    expect(mercatorY(0)).toBeCloseTo(0.5, 15);
  });

  it('matches the spherical Web-Mercator formula for Juliaca', () => {
    const expected = 0.5 - Math.log(Math.tan(Math.PI / 4 + (-15.5 * Math.PI) / 360)) / (2 * Math.PI);
    expect(mercatorY(-15.5)).toBeCloseTo(expected, 12);
  });

  it('clamps beyond ±180° and the Web-Mercator latitude limit', () => {
    expect([mercatorX(-200), mercatorX(200)]).toEqual([0, 1]);
    expect(mercatorY(90)).toBe(0);
    expect(mercatorY(-90)).toBe(1);
  });
});

describe('cellCoordinate(unit, size)', () => {
  it('gives the cell holding a world coordinate, the far edge in the last cell', () => {
    expect([
      cellCoordinate(0, 8),
      cellCoordinate(0.124, 8),
      cellCoordinate(0.125, 8),
      cellCoordinate(1, 8),
    ]).toEqual([0, 0, 1, 7]);
  });
});

describe('mortonKey(x, y), mortonX(key) and mortonY(key)', () => {
  it('interleaves the bits of x (even) and y (odd)', () => {
    expect([mortonKey(0, 0), mortonKey(1, 0), mortonKey(0, 1), mortonKey(3, 3), mortonKey(2, 1)]).toEqual([
      0, 1, 2, 15, 6,
    ]);
  });

  it('names the four children of cell K by 4K … 4K + 3', () => {
    const parent = mortonKey(5, 9);
    const children = [mortonKey(10, 18), mortonKey(11, 18), mortonKey(10, 19), mortonKey(11, 19)];
    expect(children.sort((a, b) => a - b)).toEqual([
      4 * parent,
      4 * parent + 1,
      4 * parent + 2,
      4 * parent + 3,
    ]);
  });

  it('round-trips and nests for random columns and rows up to 26 bits', () => {
    const random = seededRandom(26);
    for (let trial = 0; trial < 500; trial += 1) {
      const x = randomInt(random, 0, 2 ** 26 - 1);
      const y = randomInt(random, 0, 2 ** 26 - 1);
      const key = mortonKey(x, y);
      expect([mortonX(key), mortonY(key)]).toEqual([x, y]);
      expect(mortonKey(Math.floor(x / 2), Math.floor(y / 2))).toBe(Math.floor(key / 4));
      expect(key).toBeLessThan(2 ** 52);
    }
  });
});

describe('pointCells(lng, lat, size)', () => {
  it('gives each point its cell key, split into the low 32 bits and the rest', () => {
    const lng = Float64Array.of(-70.13, 179.9, -180);
    const lat = Float64Array.of(-15.5, 84, -85.06);
    const size = 2 ** 20;
    const cells = pointCells(lng, lat, size);
    lng.forEach((value, i) => {
      const key = mortonKey(
        cellCoordinate(mercatorX(value), size),
        cellCoordinate(mercatorY(lat[i] as number), size),
      );
      expect(cells.key[i]).toBe(key);
      expect((cells.high[i] as number) * 2 ** 32 + (cells.low[i] as number)).toBe(key);
    });
    expect(cells.high[1]).toBeGreaterThan(0);
  });
});
