import { DEPARTMENTS } from '../../data/departments.ts';
import type { Incident } from '../../data/schema.ts';
import { CONTEXTS, ROLES } from '../../data/vocabulary.ts';
import { summarizePeople } from '../people/people-summary.ts';
import { sumTotals, type Totals, totalsBy } from '../time/totals.ts';

/** Killed by role (civilian, police, military) summed over incidents that state it; `unstated` is the rest. */
export function killedByRole(
  incidents: readonly Incident[],
): Record<(typeof ROLES)[number] | 'unstated', number> {
  const result = { civilian: 0, police: 0, military: 0, unstated: 0 };
  for (const incident of incidents) {
    const roles = incident.killed_by_role;
    if (!roles) {
      result.unstated += incident.killed;
      continue;
    }
    for (const role of ROLES) result[role] += roles[role] ?? 0;
  }
  return result;
}

/** Cut-off dates of the tallies data/README.md compares with (inclusive, by incident date). */
export const CUTOFFS = [
  { last: '2023-01-23', label: 'to 23 Jan 2023 (IACHR report)' },
  { last: '2023-02-28', label: 'to 28 Feb 2023 (Amnesty 2023, HRW)' },
  { last: '2023-03-06', label: 'to 6 Mar 2023 (Defensoría report 190)' },
  { last: '2023-03-31', label: 'to 31 Mar 2023 (whole period; Amnesty 2024)' },
] as const;

/** People killed by role and context up to a day (inclusive), and people injured, for comparisons. O(n). */
export function comparableFigures(incidents: readonly Incident[], last: string) {
  const upTo = incidents.filter((incident) => incident.date <= last);
  const clash = killedByRole(upTo.filter((incident) => incident.context === 'clash'));
  const blockade = killedByRole(upTo.filter((incident) => incident.context === 'blockade'));
  const all = killedByRole(upTo);
  return {
    civiliansInClashes: clash.civilian,
    blockade: blockade.civilian + blockade.unstated,
    police: all.police,
    military: all.military,
    unstated: all.unstated - blockade.unstated,
    killed: sumTotals(upTo).killed,
    injured: sumTotals(upTo).injured,
  };
}

function row(label: string, totals: Totals): string {
  return `| ${label} | ${totals.killed} | ${totals.injured} | ${totals.incidents} |`;
}

/**
 * The dataset's totals as Markdown tables: by department (departments with incidents, most killed first),
 * by context, people killed by role, the comparison rows by cut-off date and the people records (names, ages,
 * causes; see summarizePeople). This is the block written into data/README.md between the
 * `totals:start` and `totals:end` markers; a test keeps the two equal. O(n log n).
 */
export function summarizeDataset(incidents: readonly Incident[]): string {
  const all = sumTotals(incidents);
  const byDepartment = totalsBy(incidents, (incident) => incident.department);
  const departmentRows = DEPARTMENTS.filter((department) => byDepartment.has(department.iso))
    .map((department) => ({ department, totals: byDepartment.get(department.iso) as Totals }))
    .sort((a, b) => b.totals.killed - a.totals.killed || b.totals.injured - a.totals.injured)
    .map(({ department, totals }) => row(`${department.name} (${department.iso})`, totals));
  const byContext = totalsBy(incidents, (incident) => incident.context);
  const contextRows = CONTEXTS.filter((context) => byContext.has(context)).map((context) =>
    row(context, byContext.get(context) as Totals),
  );
  const roles = killedByRole(incidents);
  return [
    '| department | killed | injured | incidents |',
    '|---|---:|---:|---:|',
    ...departmentRows,
    row('**all**', all),
    '',
    '| context | killed | injured | incidents |',
    '|---|---:|---:|---:|',
    ...contextRows,
    row('**all**', all),
    '',
    '| people killed, by role | civilians | police | military | not stated |',
    '|---|---:|---:|---:|---:|',
    `| all incidents | ${roles.civilian} | ${roles.police} | ${roles.military} | ${roles.unstated} |`,
    '',
    '| this dataset, by incident date | civilians killed in clashes | killed at blockades | police killed | military killed | killed, role not stated | all killed | injured |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...CUTOFFS.map(({ last, label }) => {
      const f = comparableFigures(incidents, last);
      return `| ${label} | ${f.civiliansInClashes} | ${f.blockade} | ${f.police} | ${f.military} | ${f.unstated} | ${f.killed} | ${f.injured} |`;
    }),
    '',
    summarizePeople(incidents),
  ].join('\n');
}

export const SUMMARY_START = '<!-- totals:start (written by npm run data:summary) -->';
export const SUMMARY_END = '<!-- totals:end -->';

/** Replaces the block between the markers in a README with `summary`; throws if the markers are missing. */
export function replaceSummary(readme: string, summary: string): string {
  const start = readme.indexOf(SUMMARY_START);
  const end = readme.indexOf(SUMMARY_END);
  if (start < 0 || end < start) throw new Error('data/README.md has no totals markers');
  return `${readme.slice(0, start + SUMMARY_START.length)}\n${summary}\n${readme.slice(end)}`;
}
