import { type Dispatch, useCallback, useEffect, useState } from 'react';
import { type LoadResult, loadIncidents } from '../data/load.ts';
import { loadDepartments } from '../data/load-departments.ts';
import { type LoadProgress, loadIncidentsInWorker } from '../data/load-in-worker.ts';
import type { AppAction } from './app-state.ts';

/** The loading lifecycle as the page needs it: try again, and while loading, the progress and a Cancel. */
export interface DataLoad {
  retry(): void;
  /** Bytes and incidents read so far, while the loading worker reads; null before its first report. */
  progress: LoadProgress | null;
  /** Stops the load under way (shown as a "cancelled" error with Try again), or null when it cannot. */
  cancel: (() => void) | null;
}

/**
 * Loads and validates the incidents and the department boundaries together, reporting through the app's
 * reducer; a newer load (or unmounting) makes an older one's result be ignored. The incidents load in a Web
 * Worker (streaming, with progress and Cancel) where the browser has workers and no `fetchImpl` is injected
 * (tests inject one), on the page's thread otherwise; both give the same result.
 */
export function useDataLoad(
  dispatch: Dispatch<AppAction>,
  dataUrl: string,
  departmentsUrl: string,
  fetchImpl: typeof fetch | undefined,
): DataLoad {
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reader's "try again", it re-runs the load.
  useEffect(() => {
    let isCurrent = true;
    dispatch({ type: 'load-started' });
    setProgress(null);
    let incidents: Promise<LoadResult & { regions?: Int32Array }>;
    let stop: (() => void) | null = null;
    const departmentsLoad = loadDepartments(departmentsUrl, fetchImpl);
    if (fetchImpl === undefined && typeof Worker !== 'undefined') {
      const load = loadIncidentsInWorker(dataUrl, departmentsLoad, (next) => {
        if (isCurrent) setProgress(next);
      });
      incidents = load.result;
      stop = load.cancel;
      setCancel(() => load.cancel);
    } else incidents = loadIncidents(dataUrl, fetchImpl);
    Promise.all([incidents, departmentsLoad]).then(([result, departments]) => {
      if (!isCurrent) return;
      setCancel(null);
      dispatch({
        type: 'load-finished',
        data: result.ok
          ? {
              status: 'ready',
              incidents: result.incidents,
              problems: result.problems,
              metadata: result.metadata,
              departments,
              ...(result.regions ? { regions: result.regions } : {}),
            }
          : { status: 'error', error: result.error },
      });
    });
    return () => {
      isCurrent = false;
      stop?.();
    };
  }, [dispatch, dataUrl, departmentsUrl, fetchImpl, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { retry, progress, cancel };
}
