import { useRef } from 'react';
import type { Incident } from '../../data/schema.ts';
import { listPeople, type PeopleInView } from '../../model/people/people-in-view.ts';

const NO_PEOPLE: PeopleInView = { people: [], uncounted: 0 };

/**
 * The people killed in `shown` (listPeople), computed only while the people panel is open: at 1M incidents the
 * list costs about a second, which the overview, the first view and every filter change there need not pay.
 * While the panel is hidden it keeps the last list (so the hidden panel keeps its rows and scroll position);
 * on opening it lists the current incidents again if they changed.
 */
export function usePeopleInView(shown: readonly Incident[], isOpen: boolean): PeopleInView {
  const last = useRef<{ shown: readonly Incident[]; people: PeopleInView } | null>(null);
  if (!isOpen) return last.current?.people ?? NO_PEOPLE;
  if (last.current?.shown !== shown) last.current = { shown, people: listPeople(shown) };
  return last.current.people;
}
