/** What the build embeds in the page for the inline script (see scripts/first-view-html.ts). */
export interface FirstViewInput {
  /** Rows `[firstDay, lastDay, killed, injured, incidents]`, as in model/time/range-summary.ts. */
  summary: [number, number, number, number, number][];
  /** The period's first and last day numbers (the link's default range). */
  bounds: [number, number];
  /**
   * How i18n/format.ts writes counts, by language, measured with `Intl` at build time: the grouping separator
   * and the fewest digits a number needs before it is grouped (4 for `1,234`; 5 where CLDR groups from 10,000
   * up, as Spanish does). The script does not create an `Intl.NumberFormat`: on a slow phone that alone took
   * 250–370 ms, with the written figures hidden meanwhile.
   */
  numbers: Record<string, { group: string; groupFrom: number }>;
  /**
   * Texts by language for the elements marked `data-label="key"` (the page is written in `es`), and
   * `placeholder`, shown instead of a figure the page cannot know yet.
   */
  labels: Record<string, Record<string, string>>;
}

/**
 * Runs inline, right after the prerendered totals, before the first paint and before any other script: makes
 * the totals say the link's own figures. The page is written with the whole period's figures; a link with
 * `from`/`to` gets that range's figures from the embedded summary; a link asking for what the summary cannot
 * answer (a department, filters, another data file, a range the app would correct with a notice) gets a
 * placeholder until the app has the real figures. Self-contained (it is inlined with toString): no imports,
 * ES2017, no helpers. Mirrors parseRangeParams (model/time/day-range.ts) for valid ranges only.
 */
export function applyLinkToFirstView(input: FirstViewInput): void {
  const totals = document.querySelector('[data-first-view] [data-testid="totals"]');
  if (!totals) {
    document.documentElement.removeAttribute('data-first-view-pending');
    return;
  }
  const params = new URLSearchParams(window.location.search);
  const language = params.get('lang') === 'en' ? 'en' : 'es';
  const labels = input.labels[language];
  const values = totals.querySelectorAll('.totals-value');
  if (labels) {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-first-view] [data-label]').forEach((node) => {
      const text = labels[node.getAttribute('data-label') ?? ''];
      if (text !== undefined) node.textContent = text;
    });
  }

  const dayOf = (text: string | null, fallback: number): number | null => {
    if (text === null) return fallback;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return null;
    const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    const date = new Date(ms);
    if (date.toISOString().slice(0, 10) !== text) return null;
    return ms / 86_400_000;
  };
  const [firstDay, lastDay] = input.bounds;
  const fromDay = dayOf(params.get('from'), firstDay);
  const toDay = dayOf(params.get('to'), lastDay);
  const isAnswerable =
    !['region', 'cat', 'context', 'perpetrator', 'data'].some((key) => params.has(key)) &&
    fromDay !== null &&
    toDay !== null &&
    fromDay <= toDay &&
    toDay >= firstDay &&
    fromDay <= lastDay;
  let killed = 0;
  let injured = 0;
  let incidents = 0;
  if (isAnswerable) {
    const from = Math.max(fromDay, firstDay);
    const to = Math.min(toDay, lastDay);
    for (const row of input.summary) {
      if (row[0] > to || row[1] < from) continue;
      killed += row[2];
      injured += row[3];
      incidents += row[4];
    }
  }
  const figures = [killed, injured, incidents];
  const numbers = input.numbers[language] ?? { group: '', groupFrom: Number.POSITIVE_INFINITY };
  const format = (count: number): string => {
    const digits = String(Math.round(count));
    if (digits.length < numbers.groupFrom) return digits;
    return digits.replace(/\B(?=(\d{3})+$)/g, numbers.group);
  };
  ['data-killed', 'data-injured', 'data-incidents'].forEach((name, i) => {
    if (isAnswerable) totals.setAttribute(name, String(figures[i]));
    else totals.removeAttribute(name);
  });
  values.forEach((node, i) => {
    node.textContent = isAnswerable ? format(figures[i] ?? 0) : (labels?.placeholder ?? '');
  });
  if (!isAnswerable) totals.setAttribute('aria-busy', 'true');
  document.documentElement.removeAttribute('data-first-view-pending');
}
