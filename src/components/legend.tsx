import { VIOLATIONS } from '../data/vocabulary.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { VIOLATION_COLOURS } from '../map/colours.ts';

/** Explains colour (most severe violation), point size and cluster bubbles. */
export function Legend() {
  const { messages } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{messages.legendHeading}</h2>
      <p>{messages.legendColour}</p>
      <ul className="legend-list">
        {VIOLATIONS.map((violation) => (
          <li key={violation}>
            <span
              className="swatch"
              style={{ background: VIOLATION_COLOURS[violation] }}
              aria-hidden="true"
            />
            {messages.violationNames[violation]}
          </li>
        ))}
      </ul>
      <p>{messages.legendSize}</p>
      <p>{messages.legendCluster}</p>
    </section>
  );
}
