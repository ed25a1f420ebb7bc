/**
 * Ids checked on their UTF-8 bytes, without making a string of each: a pack's ids are a million short texts,
 * and a string per id (and a Map of them for duplicates) was most of the time and the garbage of reading one.
 */

const DASH = 0x2d;

function isLowerOrDigit(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39);
}

/**
 * True when bytes `start`…`end` (half-open) spell an id as INCIDENT_ID_PATTERN defines it: lowercase letters and
 * digits in groups joined by single dashes. Any other byte (every non-ASCII one) makes it false. O(length).
 */
export function isIdBytes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end <= start) return false;
  let isAfterDash = true;
  for (let at = start; at < end; at += 1) {
    const byte = bytes[at] as number;
    if (byte === DASH) {
      if (isAfterDash) return false;
      isAfterDash = true;
    } else if (isLowerOrDigit(byte)) isAfterDash = false;
    else return false;
  }
  return !isAfterDash;
}

/**
 * A set of ids held as row numbers into `bytes` (open addressing on an FNV-1a hash of each id's bytes): `add(row)`
 * gives −1 and remembers the row when no earlier row added has the same bytes, else that earlier row. For up to
 * `capacity` rows. O(length of the id) per call, expected.
 */
export function createIdSet(
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  capacity: number,
): { add(row: number): number } {
  let size = 1;
  while (size < capacity * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const isSame = (a: number, b: number) => {
    const startA = starts[a] as number;
    const startB = starts[b] as number;
    const length = (ends[a] as number) - startA;
    if ((ends[b] as number) - startB !== length) return false;
    for (let k = 0; k < length; k += 1) if (bytes[startA + k] !== bytes[startB + k]) return false;
    return true;
  };
  return {
    add(row) {
      let hash = 0x811c9dc5;
      for (let at = starts[row] as number; at < (ends[row] as number); at += 1) {
        hash = Math.imul(hash ^ (bytes[at] as number), 0x01000193);
      }
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const found = slots[slot] as number;
        if (found < 0) {
          slots[slot] = row;
          return -1;
        }
        if (isSame(found, row)) return found;
      }
    },
  };
}
