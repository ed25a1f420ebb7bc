import { describe, expect, it } from 'vitest';
import {
  type Box,
  closeAlongBox,
  joinPieces,
  type Position,
  parseMultisegment,
  signedArea,
} from '../../../scripts/basemap/gmt-lines.ts';

const BOX: Box = [0, 0, 10, 10];

describe('parseMultisegment', () => {
  it('reads each segment with the level its header names', () => {
    const text = '> Shore Bin # 1, Level 2\n1 2\n3 4\n> Shore Bin # 2, Level 1\n5\t6\n7\t8\n';
    expect(parseMultisegment(text)).toEqual([
      {
        level: 2,
        points: [
          [1, 2],
          [3, 4],
        ],
      },
      {
        level: 1,
        points: [
          [5, 6],
          [7, 8],
        ],
      },
    ]);
  });

  it('drops segments of a single point', () => {
    expect(parseMultisegment('> River\n1 2\n> River\n1 2\n3 4\n')).toHaveLength(1);
  });
});

describe('joinPieces', () => {
  it('joins pieces cut at bin edges into one ring, whatever order they come in', () => {
    const pieces: Position[][] = [
      [
        [2, 1],
        [2, 2],
        [1, 2],
      ],
      [
        [1, 1],
        [2, 1],
      ],
      [
        [1, 2],
        [1, 1],
      ],
    ];
    const [ring, ...rest] = joinPieces(pieces);
    expect(rest).toEqual([]);
    expect(ring).toHaveLength(5);
    expect(ring?.[0]).toEqual(ring?.[ring.length - 1]);
  });

  it('keeps an open chain whole, from its head to its tail', () => {
    const chains = joinPieces([
      [
        [5, 5],
        [6, 6],
      ],
      [
        [4, 4],
        [5, 5],
      ],
    ]);
    expect(chains).toEqual([
      [
        [4, 4],
        [5, 5],
        [6, 6],
      ],
    ]);
  });
});

describe('closeAlongBox', () => {
  it('closes a coast cut by the box along the box edge, counter-clockwise, so land lies left', () => {
    // A coast running north to south at x = 4; land to its east (on its left when walking south).
    const coast: Position[] = [
      [4, 10],
      [4, 0],
    ];
    const [ring] = closeAlongBox([coast], BOX);
    expect(ring).toEqual([
      [4, 10],
      [4, 0],
      [10, 0],
      [10, 10],
      [4, 10],
    ]);
    expect(signedArea(ring as Position[])).toBeGreaterThan(0);
  });

  it('chains two cut pieces of one polygon through the edge between them', () => {
    // A peninsula leaving through the top edge and coming back: two chains, one ring.
    const out: Position[] = [
      [2, 10],
      [2, 5],
      [8, 5],
      [8, 10],
    ];
    const [ring, ...rest] = closeAlongBox([out], BOX);
    expect(rest).toEqual([]);
    expect(ring).toEqual([
      [2, 10],
      [2, 5],
      [8, 5],
      [8, 10],
      [2, 10],
    ]);
  });

  it('leaves rings that close by themselves untouched', () => {
    const island: Position[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(closeAlongBox([island], BOX)).toEqual([island]);
  });
});
