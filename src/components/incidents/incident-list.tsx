import { useState } from 'react';
import { formatDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ShownIncidents } from '../../model/incident-model.ts';

/** How many incidents the list renders at first and adds per "show more": large datasets stay responsive. */
export const LIST_PAGE = 100;

/**
 * Every incident shown on the map as a button, in date order: the keyboard and screen-reader equivalent of
 * clicking points on the map. Renders a page at a time, with a button for the rest; reads only that page.
 */
export function IncidentList({
  shown,
  selectedId,
  onSelect,
}: {
  shown: ShownIncidents;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { language, messages } = useI18n();
  const [limit, setLimit] = useState(LIST_PAGE);
  const remaining = shown.count - limit;
  return (
    <section className="incident-list" aria-labelledby="list-heading">
      <h2 id="list-heading">{messages.listHeading}</h2>
      <ol data-testid="incident-list">
        {shown.first(limit).map((incident) => (
          <li key={incident.id}>
            <button
              type="button"
              data-incident={incident.id}
              aria-current={incident.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(incident.id)}
            >
              <span className="list-date">{formatDay(incident.date, language)}</span>
              <span className="list-text">
                {messages.listItem(incident.place, incident.killed, incident.injured)}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {remaining > 0 ? (
        <button type="button" className="show-more" onClick={() => setLimit((n) => n + LIST_PAGE)}>
          {messages.listMore(Math.min(LIST_PAGE, remaining), remaining)}
        </button>
      ) : null}
    </section>
  );
}
