import { VIOLATIONS } from '../../data/vocabulary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ViolationList } from './violation-list.tsx';

/** Explains colour (most severe violation), point size and cluster bubbles. */
export function Legend() {
  const { messages } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{messages.legendHeading}</h2>
      <p>{messages.legendColour}</p>
      <ViolationList violations={VIOLATIONS} className="legend-list" />
      <p>{messages.legendSize}</p>
      <p>{messages.legendCluster}</p>
    </section>
  );
}
