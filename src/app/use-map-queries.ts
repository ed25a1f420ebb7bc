import { useCallback } from 'react';
import { findDepartment } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { departmentNumber } from '../model/regions/assign-departments.ts';
import type { Totals } from '../model/time/totals.ts';
import type { useSelection } from './use-selection.ts';

/** What the map asks of the model: an incident by id, a department's figures, a cluster's expansion zoom. */
export function useMapQueries(
  findById: (id: string) => Incident | undefined,
  selection: ReturnType<typeof useSelection>,
  fromDay: number,
  toDay: number,
) {
  const { byRegion, focus } = selection;
  const describeRegion = useCallback(
    (iso: string): { name: string; totals: Totals | undefined } | undefined => {
      const r = departmentNumber(iso);
      return r < 0 ? undefined : { name: findDepartment(iso)?.name ?? iso, totals: byRegion[r] };
    },
    [byRegion],
  );
  const expansionZoomOf = useCallback(
    (cell: number, zoom: number) => focus.clusters.expansionZoomOfCell(cell, zoom, fromDay, toDay),
    [focus, fromDay, toDay],
  );
  return { findIncident: findById, describeRegion, expansionZoomOf };
}
