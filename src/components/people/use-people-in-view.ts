import { useMemo, useRef } from 'react';
import type { ShownIncidents } from '../../model/incident-model.ts';
import { listPeople, type PeopleInView } from '../../model/people/people-in-view.ts';

const NO_PEOPLE: PeopleInView = { people: [], uncounted: 0 };

/**
 * The people killed in the shown incidents, listed only while the people tab is visible: at 1M incidents
 * listing them would cost every timeline step tens of milliseconds for a tab nobody sees. While hidden, the
 * tab keeps the list it last showed (and so its scroll position); it catches up when shown again.
 */
export function usePeopleInView(shown: ShownIncidents, isVisible: boolean): PeopleInView {
  const lastShown = useRef<ShownIncidents | null>(null);
  if (isVisible) lastShown.current = shown;
  const source = lastShown.current;
  return useMemo(() => (source ? listPeople(source.all()) : NO_PEOPLE), [source]);
}
