import { VIOLATIONS, type Violation } from '../../data/vocabulary.ts';

const rank = new Map<Violation, number>(VIOLATIONS.map((violation, index) => [violation, index]));

/**
 * The most severe of an incident's violation categories (VIOLATIONS is ordered most severe first):
 * `life` outranks `sexual_integrity`, which outranks `physical_integrity`, and so on. O(k).
 * An empty list, which validation rejects, falls back to the least severe category.
 */
export function mostSevereViolation(violations: readonly Violation[]): Violation {
  let best: Violation = VIOLATIONS[VIOLATIONS.length - 1] as Violation;
  for (const violation of violations) {
    if ((rank.get(violation) ?? Number.POSITIVE_INFINITY) < (rank.get(best) ?? 0)) best = violation;
  }
  return best;
}
