import type { Incident } from '../schema.ts';

/**
 * Makes incidents share one copy of the values that repeat between them (the violation list, the sources list,
 * the role counts), so that a batch handed to the page (structured clone keeps shared objects shared within a
 * message) and the page's heap hold each once. Returns a function that rewrites one incident in place; equal
 * means equal JSON. O(size of the values) per incident.
 */
export function createRepeatSharer(): (incident: Incident) => void {
  const seen = new Map<string, unknown>();
  const share = <T>(value: T): T => {
    if (value === undefined) return value;
    const key = JSON.stringify(value);
    const found = seen.get(key);
    if (found !== undefined) return found as T;
    seen.set(key, value);
    return value;
  };
  return (incident) => {
    incident.violations = share(incident.violations);
    incident.sources = share(incident.sources);
    if (incident.killed_by_role) incident.killed_by_role = share(incident.killed_by_role);
  };
}

/** How many distinct strings createStringSharer remembers: enough for every repeated value of a big file. */
const MAX_REMEMBERED = 100_000;

/**
 * The page's side of sharing: a structured clone copies every string value anew, so 1M incidents received
 * from the loading worker would hold 1M copies of the same department, date, place and summary. Returns a
 * function that rewrites one incident's top-level string fields (all but `id`, which never repeats) in place
 * to the first equal string seen, so the copies die young instead of filling the heap. Remembers at most
 * MAX_REMEMBERED distinct strings (a file whose every summary differs gains nothing from more); equal values,
 * so the incidents read the same. O(fields) per incident.
 */
export function createStringSharer(): (incident: Incident) => void {
  const seen = new Map<string, string>();
  return (incident) => {
    const record = incident as unknown as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (key === 'id' || typeof value !== 'string') continue;
      const found = seen.get(value);
      if (found !== undefined) record[key] = found;
      else if (seen.size < MAX_REMEMBERED) seen.set(value, value);
    }
  };
}
