import type { Position } from './gmt-lines.ts';

/** Squared distance from p to the segment a–b, in square degrees. */
export function segmentDistanceSq(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker with `tolerance` in degrees; keeps both ends. O(n log n) typical, iterative. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const toleranceSq = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestSq = toleranceSq;
    for (let i = first + 1; i < last; i += 1) {
      const distanceSq = segmentDistanceSq(
        points[i] as Position,
        points[first] as Position,
        points[last] as Position,
      );
      if (distanceSq > farthestSq) {
        farthest = i;
        farthestSq = distanceSq;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed ring simplified (split in two halves so both ends are not the same point), or null if it vanishes. */
export function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const half = Math.floor(ring.length / 2);
  const simplified = [
    ...simplifyLine(ring.slice(0, half + 1), tolerance),
    ...simplifyLine(ring.slice(half), tolerance).slice(1),
  ];
  return simplified.length >= 4 ? simplified : null;
}

/** Rounds coordinates to `decimals` and drops repeated points. */
export function roundLine(points: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const rounded: Position[] = [];
  for (const [lng, lat] of points) {
    const point: Position = [Math.round(lng * factor) / factor, Math.round(lat * factor) / factor];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}
