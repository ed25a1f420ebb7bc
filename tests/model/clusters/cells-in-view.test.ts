import { describe, expect, it } from 'vitest';
import { type Bbox, visitCellsInView } from '../../../src/model/clusters/cells-in-view.ts';
import {
  cellCoordinate,
  mercatorX,
  mercatorY,
  mortonKey,
  mortonX,
  mortonY,
} from '../../../src/model/clusters/grid-cells.ts';
import { randomInt, seededRandom } from '../../random.ts';

/** Every cell of a size × size grid, as sorted Morton keys. */
function fullGrid(size: number): Float64Array {
  const keys: number[] = [];
  for (let y = 0; y < size; y += 1) for (let x = 0; x < size; x += 1) keys.push(mortonKey(x, y));
  return Float64Array.from(keys.sort((a, b) => a - b));
}

function visited(keys: Float64Array, size: number, bbox: Bbox): string[] {
  const cells: string[] = [];
  visitCellsInView(keys, size, bbox, (c) =>
    cells.push(`${mortonX(keys[c] as number)},${mortonY(keys[c] as number)}`),
  );
  return cells.sort();
}

function naive(keys: Float64Array, size: number, [west, south, east, north]: Bbox): string[] {
  const x0 = cellCoordinate(mercatorX(west), size);
  const x1 = cellCoordinate(mercatorX(east), size);
  const y0 = cellCoordinate(mercatorY(north), size);
  const y1 = cellCoordinate(mercatorY(south), size);
  return Array.from(keys, (key) => [mortonX(key), mortonY(key)])
    .filter(
      ([x, y]) => (x as number) >= x0 && (x as number) <= x1 && (y as number) >= y0 && (y as number) <= y1,
    )
    .map(([x, y]) => `${x},${y}`)
    .sort();
}

describe('visitCellsInView(keys, size, bbox, visit)', () => {
  it('visits the one cell of zoom 0 for any bbox', () => {
    expect(visited(Float64Array.of(0), 1, [-77, -12, -76, -11])).toEqual(['0,0']);
  });

  it('visits the four quadrants for the whole world and one for a small box', () => {
    const keys = fullGrid(2);
    expect(visited(keys, 2, [-180, -85, 180, 85])).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(visited(keys, 2, [-77, -12, -76, -11])).toEqual(['0,1']);
  });

  it('includes cells the bbox only touches at an edge', () => {
    expect(visited(fullGrid(2), 2, [-10, 10, 0, 20])).toEqual(['0,0', '1,0']);
  });

  it('visits both sides of the antimeridian when west > east', () => {
    expect(visited(fullGrid(4), 4, [170, -10, -170, 10])).toEqual(['0,1', '0,2', '3,1', '3,2']);
  });

  it('visits the whole width for a bbox at least 360° wide, and nothing for NaN or an upside-down box', () => {
    expect(visited(fullGrid(4), 4, [-200, -1, 200, 1])).toEqual([
      '0,1',
      '0,2',
      '1,1',
      '1,2',
      '2,1',
      '2,2',
      '3,1',
      '3,2',
    ]);
    expect(visited(fullGrid(4), 4, [Number.NaN, -1, 2, 1])).toEqual([]);
    expect(visited(fullGrid(4), 4, [0, 10, 1, -10])).toEqual([]);
  });

  it('equals a naive scan of every cell on random sparse grids and boxes', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 150; trial += 1) {
      const size = 2 ** randomInt(random, 0, 12);
      const keys = Float64Array.from(
        new Set(
          Array.from({ length: 300 }, () =>
            mortonKey(randomInt(random, 0, size - 1), randomInt(random, 0, size - 1)),
          ),
        ),
      ).sort();
      const west = -180 + random() * 340;
      const south = -85 + random() * 150;
      const bbox: Bbox = [west, south, west + random() * (random() < 0.5 ? 2 : 60), south + random() * 20];
      expect(visited(keys, size, bbox)).toEqual(naive(keys, size, bbox));
    }
  });
});
