import type { Totals } from '../../model/time/totals.ts';

/**
 * The figures the page already shows before the app starts (written by the build, set to the link's range
 * by the inline script), or null when it shows a placeholder: the app keeps them until its own are ready,
 * so the totals never blink to a placeholder or to another view's figures.
 */
export function readFirstViewTotals(root: ParentNode): Totals | null {
  const totals = root.querySelector('[data-first-view] [data-testid="totals"]');
  const figures = ['data-killed', 'data-injured', 'data-incidents'].map((name) =>
    Number.parseInt(totals?.getAttribute(name) ?? '', 10),
  );
  const [killed, injured, incidents] = figures;
  if (killed === undefined || injured === undefined || incidents === undefined) return null;
  if (figures.some((value) => !Number.isInteger(value) || value < 0)) return null;
  return { killed, injured, incidents };
}
