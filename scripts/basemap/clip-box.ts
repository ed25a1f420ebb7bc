import type { Box, Position } from './gmt-lines.ts';

type Edge = [inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position];

const at = (a: Position, b: Position, t: number): Position => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** A closed ring clipped to a box (Sutherland–Hodgman), closed again; empty when nothing is left. O(n). */
export function clipRingToBox(ring: Position[], box: Box): Position[] {
  const [west, south, east, north] = box;
  const edges: Edge[] = [
    [(p) => p[0] >= west, (a, b) => at(a, b, (west - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= east, (a, b) => at(a, b, (east - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= south, (a, b) => at(a, b, (south - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= north, (a, b) => at(a, b, (north - a[1]) / (b[1] - a[1]))],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const next: Position[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] as Position;
      if (inside(current)) {
        if (!inside(previous)) next.push(cross(previous, current));
        next.push(current);
      } else if (inside(previous)) {
        next.push(cross(previous, current));
      }
    });
    points = next;
    if (points.length === 0) return [];
  }
  return points.length >= 3 ? [...points, points[0] as Position] : [];
}
