import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { loadDepartments } from '../data/load-departments.ts';
import type { AppAction, DataState } from './app-state.ts';

type Loaded = Exclude<DataState, { status: 'loading' }>;

/**
 * Loads and validates the incidents and the department boundaries together, places each incident by its
 * point (placeIncidents: the position wins over the declared department, and disagreements are reported), reporting through the app's
 * reducer; a newer load (or unmounting) makes an older one's result be ignored. Where the browser has workers
 * and no `fetchImpl` is injected (tests inject one), a big file (isWorthAWorker) is read in a Web Worker that
 * streams it and reports progress with a Cancel (`load-progress`); a small one, such as the real dataset, and
 * every file in tests or browsers without workers, on the page's thread. Both give the same data.
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
      // One fetch on the page (it takes the preloaded response): a small file is read here; a big one is
      // fetched again and read by the loading worker, with progress and Cancel.
      loaded = fetch(dataUrl).then(
        async (response): Promise<Loaded> => {
          const stream = await import('../data/stream/load-in-worker.ts');
          if (!isCurrent || !stream.isWorthAWorker(response))
            return loadOnPage(dataUrl, departments, async () => response);
          const load = stream.loadIncidentsInWorker(dataUrl, response, departments, (progress) => {
            if (isCurrent) dispatch({ type: 'load-progress', progress, cancel: load.cancel });
          });
          stop = load.cancel;
          const [result, boundaries, { departmentBoxes }] = await Promise.all([
            load.result,
            departments,
            import('../data/department-index.ts'),
          ]);
          if (!result.ok) return { status: 'error', error: result.error };
          const { incidents, problems, metadata, regions } = result;
          const boxes = boundaries ? departmentBoxes(boundaries) : null;
          return { status: 'ready', incidents, problems, metadata, regions, boxes };
        },
        (error: unknown) => loadOnPage(dataUrl, departments, () => Promise.reject(error)),
      );
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

/** The whole file read, validated and placed on the page's thread (small files, tests, no workers). */
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
