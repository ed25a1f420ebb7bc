import { formatIsoDay } from '../../data/days.ts';
import type { DayRange } from '../time/day-range.ts';

/** Everything but ASCII letters, digits and dashes: what could break a path, a shell or an old file system. */
const UNSAFE = /[^A-Za-z0-9-]/g;

/**
 * The file name of a download of what is shown: `peru-protestas_[REGION_]FROM_TO.ext`, with the range's
 * ISO days inclusive, e.g. `peru-protestas_2023-01-09_2023-01-09.geojson` or
 * `peru-protestas_PE-PUN_2023-01-09_2023-01-09.csv`. Only ASCII letters, digits, dashes, underscores and one
 * dot, so the name is safe on every file system and never a path. The region and extension are stripped of
 * anything else; a region left empty by that is omitted, and so is the dot of an empty extension. `subject`
 * names what a download holds besides incidents (`personas`: `peru-protestas-personas_…`). O(1).
 */
export function exportFileName(
  range: DayRange,
  region: string | null,
  extension: string,
  subject: 'personas' | null = null,
): string {
  const safeRegion = region?.replace(UNSAFE, '') ?? '';
  const safeExtension = extension.replace(UNSAFE, '');
  const parts = [
    subject ? `peru-protestas-${subject}` : 'peru-protestas',
    ...(safeRegion ? [safeRegion] : []),
    formatIsoDay(range.fromDay),
    formatIsoDay(range.toDay),
  ];
  return safeExtension ? `${parts.join('_')}.${safeExtension}` : parts.join('_');
}
