import { useMemo, useState } from 'react';
import { findDepartment } from '../../data/departments.ts';
import { formatCount, formatDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { countPeople } from '../../model/people/people-figures.ts';
import { groupByDay, type PeopleInView, type PersonInView } from '../../model/people/people-in-view.ts';
import { PeopleFiguresPanel } from './people-figures.tsx';

/** How many people the list renders at first and adds per "show more": 1M incidents hold tens of thousands. */
export const PEOPLE_PAGE = 300;

/**
 * "People killed": the figures, then every person killed in the view, grouped by the day of their injury, each
 * with age, place, cause (role where not civilian, day of death where later) and a button that opens their
 * incident; the unnamed are listed as such. Renders PEOPLE_PAGE people at a time (each day's heading still
 * counts all of that day), with a button for the rest: the real dataset fits in one page.
 */
export function PeopleView({
  inView,
  selectedId,
  onOpenIncident,
}: {
  inView: PeopleInView;
  selectedId: string | null;
  onOpenIncident(id: string): void;
}) {
  const { language, messages } = useI18n();
  const text = messages.people;
  const figures = useMemo(() => countPeople(inView.people), [inView]);
  const days = useMemo(() => groupByDay(inView.people), [inView]);
  const [limit, setLimit] = useState(PEOPLE_PAGE);
  const remaining = inView.people.length - limit;
  let left = limit;
  const shownDays = [];
  for (const group of days) {
    if (left <= 0) break;
    shownDays.push({ ...group, shown: group.people.slice(0, left) });
    left -= group.people.length;
  }
  return (
    <section className="people-view" aria-labelledby="people-heading">
      <h2 id="people-heading">{text.heading}</h2>
      <p className="people-intro">{text.intro(formatCount(figures.total, language))}</p>
      {inView.uncounted > 0 ? (
        <p className="people-warning" role="note">
          {text.uncounted(formatCount(inView.uncounted, language))}
        </p>
      ) : null}
      <PeopleFiguresPanel figures={figures} />
      <section className="people-list" data-testid="people" aria-label={text.listLabel}>
        {days.length === 0 ? <p>{text.empty}</p> : null}
        {shownDays.map((group) => (
          <section key={group.day} className="people-day" aria-labelledby={`people-day-${group.day}`}>
            <h3 id={`people-day-${group.day}`}>
              {text.dayHeading(formatDay(group.day, language), formatCount(group.people.length, language))}
            </h3>
            <ol>
              {group.shown.map((person) => (
                <PersonItem
                  key={person.key}
                  person={person}
                  isSelected={person.incident.id === selectedId}
                  onOpenIncident={onOpenIncident}
                />
              ))}
            </ol>
          </section>
        ))}
        {remaining > 0 ? (
          <button type="button" className="show-more" onClick={() => setLimit((n) => n + PEOPLE_PAGE)}>
            {messages.listMore(Math.min(PEOPLE_PAGE, remaining), remaining)}
          </button>
        ) : null}
      </section>
    </section>
  );
}

function PersonItem({
  person,
  isSelected,
  onOpenIncident,
}: {
  person: PersonInView;
  isSelected: boolean;
  onOpenIncident(id: string): void;
}) {
  const { language, messages } = useI18n();
  const text = messages.people;
  const incident = person.incident;
  const name = person.name ?? messages.nameNotPublished;
  const details = [
    person.age !== null ? messages.age(person.age) : null,
    incident.place,
    text.causeNames[person.cause],
    person.role !== 'civilian' ? text.roleNames[person.role] : null,
    person.deathDate && person.deathDate !== person.injuryDate
      ? text.died(formatDay(person.deathDate, language))
      : null,
  ].filter((part): part is string => part !== null);
  const note = language === 'es' ? person.noteEs : person.noteEn;
  return (
    <li
      className="person"
      data-person={person.key}
      data-incident={incident.id}
      data-name={person.name ?? ''}
      data-age={person.age ?? ''}
      data-role={person.role}
      data-cause={person.cause}
      data-department={incident.department}
      data-recorded={person.isRecorded}
      aria-current={isSelected ? 'true' : undefined}
    >
      <span className={person.name ? 'person-name' : 'person-name is-unnamed'}>{name}</span>
      {person.otherNames.length > 0 ? (
        <span className="person-other-names"> ({person.otherNames.join(', ')})</span>
      ) : null}
      <span className="person-details">
        {details.join(' · ')}
        <span className="visually-hidden">, {findDepartment(incident.department)?.name}</span>
      </span>
      {note ? <span className="person-note">{note}</span> : null}
      {person.isRecorded ? null : <span className="person-note">{text.notRecorded}</span>}
      <button
        type="button"
        className="link-button person-open"
        aria-label={text.showOnMapLabel(name, incident.place)}
        onClick={() => onOpenIncident(incident.id)}
      >
        {text.showOnMap}
      </button>
    </li>
  );
}
