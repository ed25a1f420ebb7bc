import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { VIOLATION_COLOURS } from '../../theme/colours.ts';
import { type RegionRow, type RegionSortKey, sumRows } from '../../model/regions/region-rows.ts';

interface RegionTableProps {
  rows: readonly RegionRow[];
  sortKey: RegionSortKey;
  focused: string | null;
  onSortChange(key: RegionSortKey): void;
  onToggleRegion(iso: string): void;
}

const COLUMNS: RegionSortKey[] = ['killed', 'injured', 'incidents'];

/**
 * One row per department with incidents in the selection, sortable, with a breakdown by violation category and
 * a total row. The keyboard-accessible equivalent of the choropleth: each department name is a toggle button
 * that focuses it. Rows carry `data-region` and the figures as data-* attributes for tests and embedders.
 */
export function RegionTable({ rows, sortKey, focused, onSortChange, onToggleRegion }: RegionTableProps) {
  const { language, messages } = useI18n();
  const count = (value: number) => formatCount(value, language);
  const total = sumRows(rows);
  const headers: Record<RegionSortKey, string> = {
    killed: messages.killed,
    injured: messages.injured,
    incidents: messages.incidents,
  };
  return (
    <section className="regions" aria-labelledby="regions-heading">
      <h2 id="regions-heading">{messages.regionsHeading}</h2>
      {rows.length === 0 ? (
        <p className="regions-empty">{messages.regionsEmpty}</p>
      ) : (
        <table className="region-table" data-testid="region-table">
          <caption className="visually-hidden">{messages.regionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.regionColumn}</th>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" aria-sort={key === sortKey ? 'descending' : 'none'}>
                  <button
                    type="button"
                    className="sort-button"
                    aria-label={messages.sortBy(headers[key])}
                    onClick={() => onSortChange(key)}
                  >
                    {headers[key]}
                    <span aria-hidden="true">{key === sortKey ? ' ▼' : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.iso}
                data-region={row.iso}
                data-killed={row.totals.killed}
                data-injured={row.totals.injured}
                data-incidents={row.totals.incidents}
                aria-current={row.iso === focused ? 'true' : undefined}
                className={row.iso === focused ? 'is-focused' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="region-button"
                    aria-pressed={row.iso === focused}
                    aria-label={messages.regionFocus(row.name)}
                    onClick={() => onToggleRegion(row.iso)}
                  >
                    {row.name}
                  </button>
                  <ul className="breakdown" aria-label={messages.breakdownLabel}>
                    {row.categories.map(({ violation, incidents }) => (
                      <li
                        key={violation}
                        data-category={violation}
                        title={messages.violationNames[violation]}
                      >
                        <span
                          className="swatch"
                          style={{ background: VIOLATION_COLOURS[violation] }}
                          aria-hidden="true"
                        />
                        <span className="visually-hidden">{messages.violationNames[violation]}</span>
                        <span aria-hidden="true">{messages.violationShortNames[violation]}</span>{' '}
                        {count(incidents)}
                      </li>
                    ))}
                  </ul>
                </th>
                <td>{count(row.totals.killed)}</td>
                <td>{count(row.totals.injured)}</td>
                <td>{count(row.totals.incidents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr
              data-testid="region-total"
              data-killed={total.killed}
              data-injured={total.injured}
              data-incidents={total.incidents}
            >
              <th scope="row">{messages.regionTotal}</th>
              <td>{count(total.killed)}</td>
              <td>{count(total.injured)}</td>
              <td>{count(total.incidents)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
