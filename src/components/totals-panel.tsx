import { formatCount } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Totals } from '../model/time/totals.ts';

/** Shown instead of a figure not known yet: a map of deaths never shows a figure that is not the data's. */
const PLACEHOLDER = '–';

/**
 * The figures for what the map currently shows, or placeholders (`totals` null) until they are known; its
 * data-* attributes, present only with real figures, are a stable hook for tests and embedders.
 */
export function TotalsPanel({ totals }: { totals: Totals | null }) {
  const { language, messages } = useI18n();
  const rows: [string, number | null][] = [
    [messages.killed, totals?.killed ?? null],
    [messages.injured, totals?.injured ?? null],
    [messages.incidents, totals?.incidents ?? null],
  ];
  return (
    <section
      className="totals"
      aria-labelledby="totals-heading"
      data-testid="totals"
      data-killed={totals?.killed}
      data-injured={totals?.injured}
      data-incidents={totals?.incidents}
      aria-busy={totals ? undefined : true}
    >
      <h2 id="totals-heading" className="visually-hidden">
        {messages.totalsHeading}
      </h2>
      <dl className="totals-list">
        {rows.map(([label, value]) => (
          <div key={label} className="totals-item">
            <dd className="totals-value">{value === null ? PLACEHOLDER : formatCount(value, language)}</dd>
            <dt className="totals-label">{label}</dt>
          </div>
        ))}
      </dl>
    </section>
  );
}
