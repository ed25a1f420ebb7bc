/** createRepeatSharer as it was before issue 15's worker speed-up, kept to time against in the same run. */
import type { Incident } from '../../src/data/schema.ts';

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
