import { CONTEXTS, PERPETRATORS, VIOLATIONS, type Violation } from '../../data/vocabulary.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { VIOLATION_COLOURS } from '../../theme/colours.ts';
import { type Filters, toggleValue } from '../../model/regions/filters.ts';
import type { Totals } from '../../model/time/totals.ts';

interface FilterPanelProps {
  filters: Filters;
  /** `categoryCounts[c]`: incidents in the current dates, region, context and perpetrator with VIOLATIONS[c]. */
  categoryCounts: readonly Totals[];
  onChange(filters: Filters): void;
}

/**
 * Check boxes for the violation categories (with their current counts and map colours), the contexts and the
 * perpetrators. Native check boxes in fieldsets: keyboard and screen readers work without extra code.
 */
export function FilterPanel({ filters, categoryCounts, onChange }: FilterPanelProps) {
  const { language, messages } = useI18n();
  const setCategories = (categories: ReadonlySet<Violation>) => onChange({ ...filters, categories });
  return (
    <section className="filters" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading">{messages.filtersHeading}</h2>
      <fieldset className="filter-group">
        <legend>{messages.categoriesLabel}</legend>
        <div className="filter-actions">
          <button type="button" onClick={() => setCategories(new Set(VIOLATIONS))}>
            {messages.selectAll}
          </button>
          <button type="button" onClick={() => setCategories(new Set())}>
            {messages.selectNone}
          </button>
        </div>
        <ul className="filter-list">
          {VIOLATIONS.map((violation, c) => {
            const count = formatCount(categoryCounts[c]?.incidents ?? 0, language);
            return (
              <li key={violation}>
                <label data-category={violation}>
                  <input
                    type="checkbox"
                    checked={filters.categories.has(violation)}
                    aria-label={messages.categoryToggle(messages.violationNames[violation], count)}
                    onChange={() => setCategories(toggleValue(filters.categories, violation))}
                  />
                  <span
                    className="swatch"
                    style={{ background: VIOLATION_COLOURS[violation] }}
                    aria-hidden="true"
                  />
                  <span className="filter-name">{messages.violationNames[violation]}</span>
                  <span className="filter-count" data-testid={`count-${violation}`} aria-hidden="true">
                    {count}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{messages.contextsLabel}</legend>
        <ul className="filter-list filter-list-inline">
          {CONTEXTS.map((context) => (
            <li key={context}>
              <label data-context={context}>
                <input
                  type="checkbox"
                  checked={filters.contexts.has(context)}
                  onChange={() => onChange({ ...filters, contexts: toggleValue(filters.contexts, context) })}
                />
                {messages.contextNames[context]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{messages.perpetratorsLabel}</legend>
        <ul className="filter-list filter-list-inline">
          {PERPETRATORS.map((perpetrator) => (
            <li key={perpetrator}>
              <label data-perpetrator={perpetrator}>
                <input
                  type="checkbox"
                  checked={filters.perpetrators.has(perpetrator)}
                  onChange={() =>
                    onChange({ ...filters, perpetrators: toggleValue(filters.perpetrators, perpetrator) })
                  }
                />
                {messages.perpetratorNames[perpetrator]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
