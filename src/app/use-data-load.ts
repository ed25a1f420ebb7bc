import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { loadDepartments } from '../data/load-departments.ts';
import type { AppAction } from './app-state.ts';

/**
 * Loads and validates the incidents and the department boundaries together, places each incident by its
 * point (placeIncidents: the position wins over the declared department, and disagreements are reported), reporting through the app's
 * reducer; a newer load (or unmounting) makes an older one's result be ignored. Returns the reader's
 * "try again", which loads once more.
 */
export function useDataLoad(
  dispatch: Dispatch<AppAction>,
  dataUrl: string,
  departmentsUrl: string,
  fetchImpl: typeof fetch | undefined,
): () => void {
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reader's "try again", it re-runs the load.
  useEffect(() => {
    let isCurrent = true;
    dispatch({ type: 'load-started' });
    // Validation (zod) and the assignment to departments (Turf, Flatbush) load in their own chunks while the
    // page preloads the data: the first view needs neither.
    const incidents = import('../data/load.ts').then(({ loadIncidents }) =>
      loadIncidents(dataUrl, fetchImpl),
    );
    const placing = import('../data/place-incidents.ts');
    Promise.all([incidents, loadDepartments(departmentsUrl, fetchImpl), placing]).then(
      ([result, departments, { placeIncidents }]) => {
        if (!isCurrent) return;
        if (!result.ok) {
          dispatch({ type: 'load-finished', data: { status: 'error', error: result.error } });
          return;
        }
        const placed = placeIncidents(result.incidents, departments);
        dispatch({
          type: 'load-finished',
          data: {
            status: 'ready',
            incidents: placed.incidents,
            problems: [...result.problems, ...placed.problems],
            metadata: result.metadata,
            regions: placed.regions,
            boxes: placed.boxes,
          },
        });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [dispatch, dataUrl, departmentsUrl, fetchImpl, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}
