import type { Incident } from '../data/schema.ts';

/**
 * Finds an incident by id without indexing them all at load: a Map of every id costs seconds and tens of MB
 * at 1M incidents, on the page's thread, before the first view, while the page looks up one incident at a time
 * (the one clicked, the one open). Each new id is a scan in file order (O(n), a few milliseconds at 1M); the
 * last id found is remembered, so asking for the open incident again on every render is O(1). Ids are unique
 * in validated data; with repeats it gives the first.
 */
export function createIncidentLookup(incidents: readonly Incident[]): (id: string) => Incident | undefined {
  let last: Incident | undefined;
  return (id) => {
    if (last?.id === id) return last;
    const found = incidents.find((incident) => incident.id === id);
    if (found) last = found;
    return found;
  };
}
