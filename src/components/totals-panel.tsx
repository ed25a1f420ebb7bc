import { formatCount } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Totals } from '../model/time/totals.ts';

/** The figures for what the map currently shows; its data-* attributes are a stable hook for tests and embedders. */
export function TotalsPanel({ totals }: { totals: Totals }) {
  const { language, messages } = useI18n();
  const rows: [string, number][] = [
    [messages.killed, totals.killed],
    [messages.injured, totals.injured],
    [messages.incidents, totals.incidents],
  ];
  return (
    <section
      className="totals"
      aria-labelledby="totals-heading"
      data-testid="totals"
      data-killed={totals.killed}
      data-injured={totals.injured}
      data-incidents={totals.incidents}
    >
      <h2 id="totals-heading" className="visually-hidden">
        {messages.totalsHeading}
      </h2>
      <dl className="totals-list">
        {rows.map(([label, value]) => (
          <div key={label} className="totals-item">
            <dd className="totals-value">{formatCount(value, language)}</dd>
            <dt className="totals-label">{label}</dt>
          </div>
        ))}
      </dl>
    </section>
  );
}
