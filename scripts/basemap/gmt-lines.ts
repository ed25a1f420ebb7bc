import { execFileSync } from 'node:child_process';

/** `[lng, lat]` in degrees. */
export type Position = [number, number];

/** `[west, south, east, north]` in degrees. */
export type Box = [number, number, number, number];

/** One polyline of a GMT dump and the GSHHG level its header names (1 land, 2 lake, 3 island in a lake, ...). */
export interface Piece {
  level: number;
  points: Position[];
}

/** Runs `gmt coast -M` on the box with the given options and returns its segments. Needs GMT + GSHHG. */
export function dumpCoast(box: Box, options: string[]): Piece[] {
  const [west, south, east, north] = box;
  const text = execFileSync('gmt', ['coast', `-R${west}/${east}/${south}/${north}`, '-M', ...options], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return parseMultisegment(text);
}

/** Parses GMT's multisegment ASCII: `>` headers (with `Level N` for shorelines), then `lng lat` rows. */
export function parseMultisegment(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      current = { level: Number(/Level (\d+)/.exec(line)?.[1] ?? 0), points: [] };
      pieces.push(current);
    } else if (line.trim() !== '' && current) {
      const [lng, lat] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(lng) && Number.isFinite(lat)) current.points.push([lng as number, lat as number]);
    }
  }
  return pieces.filter((piece) => piece.points.length >= 2);
}

const key = ([lng, lat]: Position) => `${lng.toFixed(6)},${lat.toFixed(6)}`;

/**
 * Joins pieces of one level whose end is another's start (GMT cuts lines at its storage bins) into the
 * longest chains: closed rings and open chains. O(n).
 */
export function joinPieces(pieces: Position[][]): Position[][] {
  const byStart = new Map<string, number>();
  const ends = new Set<string>();
  pieces.forEach((points, index) => {
    byStart.set(key(points[0] as Position), index);
    ends.add(key(points[points.length - 1] as Position));
  });
  const used = new Set<number>();
  const chains: Position[][] = [];
  const follow = (first: number) => {
    used.add(first);
    const chain = [...(pieces[first] as Position[])];
    for (;;) {
      const endKey = key(chain[chain.length - 1] as Position);
      if (endKey === key(chain[0] as Position)) break;
      const next = byStart.get(endKey);
      if (next === undefined || used.has(next)) break;
      used.add(next);
      chain.push(...(pieces[next] as Position[]).slice(1));
    }
    chains.push(chain);
  };
  // Heads first (no piece ends where they start), so open chains come out whole; what is left are rings.
  pieces.forEach((points, index) => {
    if (!ends.has(key(points[0] as Position))) follow(index);
  });
  pieces.forEach((_, index) => {
    if (!used.has(index)) follow(index);
  });
  return chains;
}

/** Twice the signed area (positive when counter-clockwise), in square degrees. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[(i + 1) % ring.length] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

const isClosed = (chain: Position[]) =>
  key(chain[0] as Position) === key(chain[chain.length - 1] as Position);

/**
 * Closes chains cut by the box into rings, walking the box's edge counter-clockwise from each chain's end to the
 * next chain's start (the area lies left of every chain, as in GSHHG once oriented). Rings stay as they are.
 */
export function closeAlongBox(chains: Position[][], box: Box): Position[][] {
  const [west, south, east, north] = box;
  const width = east - west;
  const height = north - south;
  const perimeter = 2 * (width + height);
  const along = ([lng, lat]: Position): number => {
    const eps = 1e-6;
    if (Math.abs(lat - south) < eps) return lng - west;
    if (Math.abs(lng - east) < eps) return width + (lat - south);
    if (Math.abs(lat - north) < eps) return width + height + (east - lng);
    return 2 * width + height + (north - lat);
  };
  const corners: [number, Position][] = [
    [width, [east, south]],
    [width + height, [east, north]],
    [2 * width + height, [west, north]],
    [perimeter, [west, south]],
  ];
  const rings = chains.filter(isClosed);
  const open = chains.filter((chain) => !isClosed(chain));
  const starts = open.map((chain) => along(chain[0] as Position));
  const done = new Set<number>();
  for (let first = 0; first < open.length; first += 1) {
    if (done.has(first)) continue;
    const ring: Position[] = [];
    let index = first;
    for (let guard = 0; guard <= open.length; guard += 1) {
      done.add(index);
      const chain = open[index] as Position[];
      ring.push(...chain);
      const from = along(chain[chain.length - 1] as Position);
      let next = -1;
      let best = Number.POSITIVE_INFINITY;
      starts.forEach((start, candidate) => {
        const gap = (start - from + perimeter) % perimeter;
        if (gap < best) {
          best = gap;
          next = candidate;
        }
      });
      const passed = corners
        .map(([at, corner]) => [(at - from + perimeter) % perimeter, corner] as const)
        .filter(([gap]) => gap > 0 && gap < best)
        .sort((a, b) => a[0] - b[0]);
      for (const [, corner] of passed) ring.push(corner);
      if (next === first || next < 0) break;
      index = next;
    }
    ring.push(ring[0] as Position);
    rings.push(ring);
  }
  return rings;
}
