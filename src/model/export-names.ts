import { formatIsoDay } from '../data/days.ts';
import type { DayRange } from './day-range.ts';

/**
 * The file name of a download of what is shown: `peru-protestas_[REGION_]FROM_TO.ext`, e.g.
 * `peru-protestas_2023-01-09_2023-01-09.geojson` or `peru-protestas_PE-PUN_2023-01-09_2023-01-09.csv`. Only
 * letters, digits, dashes, underscores and the dot: safe on every file system. O(1).
 */
export function exportFileName(range: DayRange, region: string | null, extension: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/g, '');
  const parts = [
    'peru-protestas',
    ...(region ? [safe(region)] : []),
    formatIsoDay(range.fromDay),
    formatIsoDay(range.toDay),
  ];
  return `${parts.join('_')}.${safe(extension)}`;
}
