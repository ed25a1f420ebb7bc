import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { loadDepartments } from '../data/load-departments.ts';
import type { AppAction } from './app-state.ts';

/**
 * Loads and validates the incidents and the department boundaries together, reporting through the app's
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
        dispatch({
          type: 'load-finished',
          data: result.ok
            ? {
                status: 'ready',
                incidents: result.incidents,
                problems: result.problems,
                metadata: result.metadata,
                ...placeIncidents(result.incidents, departments),
              }
            : { status: 'error', error: result.error },
        });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [dispatch, dataUrl, departmentsUrl, fetchImpl, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}
