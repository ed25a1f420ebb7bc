import { formatCountRange } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ChoroplethScale } from '../../model/regions/choropleth-scale.ts';
import { MEASURES, type Measure } from '../../model/regions/filters.ts';

interface ChoroplethLegendProps {
  measure: Measure;
  scale: ChoroplethScale;
  onMeasureChange(measure: Measure): void;
}

/** The choropleth's measure picker and its classes: a swatch and the range of values for each, zero apart. */
export function ChoroplethLegend({ measure, scale, onMeasureChange }: ChoroplethLegendProps) {
  const { language, messages } = useI18n();
  return (
    <section className="choropleth" aria-labelledby="choropleth-heading" data-testid="choropleth-legend">
      <h2 id="choropleth-heading">{messages.choroplethHeading}</h2>
      <fieldset className="measure-picker">
        <legend>{messages.measureLabel}</legend>
        {MEASURES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="choropleth-measure"
              value={option}
              checked={measure === option}
              onChange={() => onMeasureChange(option)}
            />
            {messages.measureNames[option]}
          </label>
        ))}
      </fieldset>
      <ul className="choropleth-classes" aria-label={messages.measureNames[measure]}>
        <li data-class="zero">
          <span className="swatch swatch-zero" style={{ background: scale.zeroColour }} aria-hidden="true" />0
          ({messages.choroplethZero})
        </li>
        {scale.classes.map((item) => (
          <li key={item.min} data-class={`${item.min}-${item.max}`}>
            <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
            {formatCountRange(item.min, item.max, language)}
          </li>
        ))}
      </ul>
      <p className="choropleth-note">
        {messages.measureNames[measure]}. {messages.choroplethNote}
      </p>
    </section>
  );
}
