import { countLeftOut, formatProblem, type Problem } from './problem.ts';

/** How many problems the notice lists in full; the rest are counted by kind and downloadable. */
export const PROBLEMS_SHOWN = 50;

/** What the problems notice shows of any number of problems, in space that does not grow with them. */
export interface ProblemSummary {
  /** Features left out of the map (each counted once, however many problems it has). */
  leftOut: number;
  /** The first few ids of features left out, in file order. */
  leftOutIds: string[];
  /** Incidents shown with a warning (position against department, point off Peru's land). */
  kept: number;
  /** True when the file's metadata member is wrong. */
  hasMetadataProblems: boolean;
  /** Problems by field (list positions folded: `sources.3.url` is `sources.url`), most frequent first. */
  byKind: { field: string; count: number }[];
  /** The first `limit` problems, in file order. */
  first: Problem[];
  total: number;
}

/**
 * Summarises the problems of a file for the notice: counts by kind, the first `limit` in full, and how many
 * features were left out or kept with a warning. O(p) time; the result's size is O(limit + kinds).
 */
export function summariseProblems(problems: readonly Problem[], limit = PROBLEMS_SHOWN): ProblemSummary {
  const kinds = new Map<string, number>();
  const leftOutIds: string[] = [];
  const seenIds = new Set<string>();
  const keptIds = new Set<string>();
  let hasMetadataProblems = false;
  // Fields repeat (a big file's placement warnings all name `department`): each is folded once.
  const folded = new Map<string, string>();
  for (const problem of problems) {
    let field = folded.get(problem.field);
    if (field === undefined) {
      field = problem.field.replace(/\.\d+(?=\.|$)/g, '');
      folded.set(problem.field, field);
    }
    kinds.set(field, (kinds.get(field) ?? 0) + 1);
    if (problem.id === 'metadata' && problem.feature === undefined) hasMetadataProblems = true;
    else if (problem.isKept) keptIds.add(problem.id);
    else if (leftOutIds.length < 5 && !seenIds.has(problem.id)) {
      seenIds.add(problem.id);
      leftOutIds.push(problem.id);
    }
  }
  const byKind = [...kinds].map(([field, count]) => ({ field, count }));
  byKind.sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  return {
    leftOut: countLeftOut(problems),
    leftOutIds,
    kept: keptIds.size,
    hasMetadataProblems,
    byKind,
    first: problems.slice(0, limit),
    total: problems.length,
  };
}

/** Every problem as plain text, one `id: field message` line each, for the notice's download. O(p). */
export function problemsText(problems: readonly Problem[]): string {
  return `${problems.map(formatProblem).join('\n')}\n`;
}
