import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { loadDepartments } from '../data/load-departments.ts';
import type { AppAction, DataState } from './app-state.ts';

type Loaded = Exclude<DataState, { status: 'loading' }>;

/**
 * Loads and validates the incidents and the department boundaries together, places each incident by its
 * point (placeIncidents: the position wins over the declared department, and disagreements are reported), reporting through the app's
 * reducer; a newer load (or unmounting) makes an older one's result be ignored. Where the browser has workers
 * and no `fetchImpl` is injected (tests inject one), all of it runs in a Web Worker that streams the file and
 * reports progress with a Cancel (`load-progress`); otherwise on the page's thread. Both give the same data.
 * Returns the reader's "try again", which loads once more.
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
    let stop: (() => void) | null = null;
    dispatch({ type: 'load-started' });
    const departments = loadDepartments(departmentsUrl, fetchImpl);
    let loaded: Promise<Loaded>;
    if (fetchImpl === undefined && typeof Worker !== 'undefined') {
      loaded = import('../data/stream/load-in-worker.ts').then(({ loadIncidentsInWorker }) => {
        if (!isCurrent) return { status: 'error', error: { kind: 'cancelled' } };
        const load = loadIncidentsInWorker(dataUrl, departments, (progress) => {
          if (isCurrent) dispatch({ type: 'load-progress', progress, cancel: load.cancel });
        });
        stop = load.cancel;
        return Promise.all([load.result, departments, import('../data/department-index.ts')]).then(
          ([result, boundaries, { departmentBoxes }]): Loaded =>
            result.ok
              ? {
                  status: 'ready',
                  incidents: result.incidents,
                  problems: result.problems,
                  metadata: result.metadata,
                  regions: result.regions,
                  boxes: boundaries ? departmentBoxes(boundaries) : null,
                }
              : { status: 'error', error: result.error },
        );
      });
    } else loaded = loadOnPage(dataUrl, departments, fetchImpl);
    loaded.then((data) => {
      if (isCurrent) dispatch({ type: 'load-finished', data });
    });
    return () => {
      isCurrent = false;
      stop?.();
    };
  }, [dispatch, dataUrl, departmentsUrl, fetchImpl, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}

/** The whole file read, validated and placed on the page's thread (tests, and browsers without workers). */
function loadOnPage(
  dataUrl: string,
  departments: ReturnType<typeof loadDepartments>,
  fetchImpl: typeof fetch | undefined,
): Promise<Loaded> {
  // Validation (zod) and the assignment to departments (Turf, Flatbush) load in their own chunks while the
  // page preloads the data: the first view needs neither.
  const incidents = import('../data/load.ts').then(({ loadIncidents }) => loadIncidents(dataUrl, fetchImpl));
  const placing = import('../data/place-incidents.ts');
  return Promise.all([incidents, departments, placing]).then(([result, boundaries, { placeIncidents }]) => {
    if (!result.ok) return { status: 'error', error: result.error };
    const placed = placeIncidents(result.incidents, boundaries);
    return {
      status: 'ready',
      incidents: placed.incidents,
      problems: [...result.problems, ...placed.problems],
      metadata: result.metadata,
      regions: placed.regions,
      boxes: placed.boxes,
    };
  });
}
