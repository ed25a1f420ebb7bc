/**
 * Problems found in a data file, kept apart from validation (zod) so the notice that shows them costs the
 * first view nothing.
 */

/** One thing wrong with one feature, in words a data editor can act on. */
export interface Problem {
  /** The feature's `id`, or `feature #N` (1-based) when it has no usable id. */
  id: string;
  /** The field at fault, as a path such as `sources.0.url`. */
  field: string;
  message: string;
  /** The feature's position in the file (1-based); absent for problems of the whole file, such as metadata. */
  feature?: number;
  /** True when the incident is still shown (the problem is a warning about it, not why it was left out). */
  isKept?: boolean;
}

/**
 * How many features were left out: the distinct feature numbers among problems that are not warnings.
 * Problems of the whole file (metadata) count no feature. O(p).
 */
export function countLeftOut(problems: readonly Problem[]): number {
  const features = new Set<number>();
  for (const problem of problems) {
    if (!problem.isKept && problem.feature !== undefined) features.add(problem.feature);
  }
  return features.size;
}

/** Formats a problem as one line: `id: field message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.id}: ${problem.field} ${problem.message}`;
}
