import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { loadIncidents } from '../data/load.ts';
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
    Promise.all([loadIncidents(dataUrl, fetchImpl), loadDepartments(departmentsUrl, fetchImpl)]).then(
      ([result, departments]) => {
        if (!isCurrent) return;
        dispatch({
          type: 'load-finished',
          data: result.ok
            ? {
                status: 'ready',
                incidents: result.incidents,
                problems: result.problems,
                metadata: result.metadata,
                departments,
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
