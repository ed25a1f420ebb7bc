import type { PlaceableRows } from '../check-geography.ts';
import type { PackColumns } from './pack-format.ts';

/**
 * The kept incidents of a pack as placement reads them (see placeRows): points and declared departments straight
 * from the columns; an id is cut from the ids' text only for a warning. O(1); each read O(1).
 */
export function packRows(columns: PackColumns): PlaceableRows {
  const { ids, lng, lat } = columns;
  const department = columns.fields.department;
  return {
    length: columns.length,
    lng: (i) => lng[i] as number,
    lat: (i) => lat[i] as number,
    department: (i) => department.values[department.codes[i] as number] as string,
    id: (i) => ids.text.slice(ids.starts[i], ids.ends[i]),
  };
}
