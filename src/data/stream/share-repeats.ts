import type { Incident, Source } from '../schema.ts';

/**
 * Makes incidents share one copy of the values that repeat between them (the violation list, the sources list,
 * the role counts), so that a batch handed to the page (structured clone keeps shared objects shared within a
 * message) and the page's heap hold each once. Returns a function that rewrites one incident in place. Values
 * are shared only when equal as JSON: same entries in the same order, each source the same four fields (as the
 * schema gives them), the same role counts. Compared field by field within a bucket of values with the same
 * first entry, instead of a JSON text per value (that was a fifth of the worker's time at 100k). O(size of the
 * values) per incident.
 */
export function createRepeatSharer(): (incident: Incident) => void {
  const shareViolations = createSharer<Incident['violations']>((list) => list[0], sameList);
  const shareSources = createSharer<Source[]>(
    (list) => list[0]?.url,
    (a, b) => a.length === b.length && a.every((source, k) => sameSource(source, b[k] as Source)),
  );
  const shareRoles = createSharer<KilledByRole>(
    (roles) => roles.civilian,
    (a, b) =>
      sameList(Object.keys(a), Object.keys(b)) &&
      a.civilian === b.civilian &&
      a.police === b.police &&
      a.military === b.military,
  );
  return (incident) => {
    incident.violations = shareViolations(incident.violations);
    incident.sources = shareSources(incident.sources);
    if (incident.killed_by_role) incident.killed_by_role = shareRoles(incident.killed_by_role);
  };
}

type KilledByRole = NonNullable<Incident['killed_by_role']>;

/** The first value seen that `isSame` as the given one, among those with its `keyOf`. */
function createSharer<T>(keyOf: (value: T) => unknown, isSame: (a: T, b: T) => boolean): (value: T) => T {
  const buckets = new Map<unknown, T[]>();
  return (value) => {
    const key = keyOf(value);
    const bucket = buckets.get(key);
    if (!bucket) {
      buckets.set(key, [value]);
      return value;
    }
    for (const seen of bucket) if (isSame(seen, value)) return seen;
    bucket.push(value);
    return value;
  };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, k) => item === b[k]);
}

/** Equal as JSON: the schema's sources have exactly these four fields, in this order. */
function sameSource(a: Source, b: Source): boolean {
  return a.title === b.title && a.publisher === b.publisher && a.url === b.url && a.date === b.date;
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
