import { checkGeography } from './check-geography.ts';
import type { DepartmentIndex } from './department-index.ts';
import type { Incident } from './schema.ts';
import { formatProblem, type Problem, validateCollection } from './validate.ts';

/** The outcome of checking a dataset file: the valid incidents and one line per problem. */
export interface DatasetReport {
  incidents: Incident[];
  problems: Problem[];
  /** A problem with the file as a whole (not JSON, not a FeatureCollection), or null. */
  fatal: string | null;
}

/**
 * Everything `npm run data:check` checks, on the file's text: JSON, the FeatureCollection shape, each feature's
 * schema, unique ids, dates in the period, end_date order, https sources, killed_by_role sums, the presence of
 * `metadata`, every person killed listed with sources and consistent with the counts (`requirePeople`), and that
 * each point lies in its declared department. O(n · d).
 */
export function checkDataset(text: string, departments: DepartmentIndex): DatasetReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { incidents: [], problems: [], fatal: `not valid JSON: ${detail}` };
  }
  const result = validateCollection(raw, { requirePeople: true });
  if (!result.ok) return { incidents: [], problems: [], fatal: result.error };
  const problems = [...result.problems];
  if (result.metadata === null && !problems.some((problem) => problem.id === 'metadata')) {
    problems.push({
      id: 'metadata',
      field: 'metadata',
      message: 'is missing (title, description, license, updated, sources)',
    });
  }
  problems.push(...checkGeography(result.incidents, departments));
  return { incidents: result.incidents, problems, fatal: null };
}

/** The report as the lines the checker prints, problems first, then a one-line summary. */
export function formatReport(report: DatasetReport, fileName: string): string[] {
  if (report.fatal) return [`${fileName}: ${report.fatal}`];
  const lines = report.problems.map(formatProblem);
  const ids = new Set(report.problems.map((problem) => problem.id));
  lines.push(
    report.problems.length === 0
      ? `${fileName}: ${report.incidents.length} incidents, no problems`
      : `${fileName}: ${report.problems.length} problems in ${ids.size} features`,
  );
  return lines;
}
