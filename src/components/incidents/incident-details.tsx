import { useEffect, useRef } from 'react';
import { findDepartment } from '../../data/departments.ts';
import { isHttpsUrl } from '../../data/https-url.ts';
import type { Incident } from '../../data/schema.ts';
import { formatCount, formatDay, formatDaySpan } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ViolationList } from '../regions/violation-list.tsx';

/**
 * Everything known about one incident: when, where, who was killed and injured, which rights were violated,
 * and the sources (new tab, no referrer, https only). In the panel it has its own heading and close button,
 * and focus moves to the heading when it opens; inside a dialog (phones) the dialog gives both.
 */
export function IncidentDetails({
  incident,
  onClose,
  isInDialog = false,
}: {
  incident: Incident;
  onClose(): void;
  isInDialog?: boolean;
}) {
  const { language, messages } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (incident.id) headingRef.current?.focus();
  }, [incident.id]);
  const department = findDepartment(incident.department);
  const summary = language === 'es' ? incident.summary_es : incident.summary_en;
  return (
    <article
      className="details"
      aria-labelledby={isInDialog ? undefined : 'details-heading'}
      data-testid="incident-details"
    >
      {isInDialog ? null : (
        <header className="details-header">
          <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
            {incident.place}
          </h2>
          <button type="button" className="close" onClick={onClose} aria-label={messages.detailsClose}>
            ×
          </button>
        </header>
      )}
      <p className="details-summary">{summary}</p>
      <dl className="details-list">
        <dt>{messages.date}</dt>
        <dd>{formatDaySpan(incident.date, incident.end_date, language)}</dd>
        <dt>{messages.department}</dt>
        <dd>{department ? department.name : incident.department}</dd>
        <dt>{messages.killed}</dt>
        <dd data-field="killed">{formatCount(incident.killed, language)}</dd>
        <dt>{messages.injured}</dt>
        <dd data-field="injured">{formatCount(incident.injured, language)}</dd>
        <dt>{messages.violations}</dt>
        <dd>
          <ViolationList violations={incident.violations} className="violation-list" />
        </dd>
        <dt>{messages.perpetrator}</dt>
        <dd>{messages.perpetratorNames[incident.perpetrator]}</dd>
        <dt>{messages.context}</dt>
        <dd>{messages.contextNames[incident.context]}</dd>
        <dt>{messages.precision}</dt>
        <dd>{messages.precisionNames[incident.precision]}</dd>
      </dl>
      {incident.people && incident.people.length > 0 ? (
        <section aria-labelledby="victims-heading">
          <h3 id="victims-heading">{messages.victims}</h3>
          <ul className="victims">
            {incident.people.map((person, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: unnamed people have nothing else to tell them apart
              <li key={index}>
                {person.name ?? messages.nameNotPublished}
                {person.age !== undefined ? ` (${messages.age(person.age)})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">{messages.sources}</h3>
        <ul className="sources" data-testid="sources">
          {incident.sources.map((source) => (
            <li key={source.url}>
              {isHttpsUrl(source.url) ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}{' '}
              <span className="source-meta">
                {source.publisher}, {formatDay(source.date, language)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
