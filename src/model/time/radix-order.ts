/**
 * Stable sorting of indices by unsigned integer keys with 16-bit counting passes: O(n) per pass, no
 * comparisons, no closures per element. Used at load to sort up to millions of incidents by day and by cell.
 */

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
/**
 * Below this many elements a comparison sort (stable in JavaScript) is cheaper: a counting pass costs its
 * 65,536 buckets whatever n, and a small file's load sorts several times by several keys on the page's thread.
 */
const COMPARISON_BELOW = 1024;

/**
 * Returns `order` re-sorted, stably, by `keys[order[p]]` (keys are indexed by element, not by position;
 * each an integer in [0, 2^32)). Elements with equal keys keep their relative order, so calling it with the
 * least significant key first sorts by several keys. No pass when every key is 0 (`order` itself comes back),
 * one when every key is below 2^16, two otherwise. O(n + 65536) per pass; allocates one Int32Array of n each.
 * Fewer than COMPARISON_BELOW elements are sorted by comparison instead, with the same result: O(n log n).
 */
export function sortByKey(order: Int32Array, keys: Uint32Array): Int32Array {
  let largest = 0;
  for (let p = 0; p < order.length; p += 1) {
    const key = keys[order[p] as number] as number;
    if (key > largest) largest = key;
  }
  if (largest === 0) return order;
  if (order.length < COMPARISON_BELOW) {
    const elements = Array.from(order);
    elements.sort((a, b) => (keys[a] as number) - (keys[b] as number));
    return Int32Array.from(elements);
  }
  let current = order;
  for (let shift = 0; shift === 0 || largest >>> shift > 0; shift += DIGIT_BITS) {
    current = countingPass(current, keys, shift);
    if (shift + DIGIT_BITS >= 32) break;
  }
  return current;
}

/** One stable counting pass on the 16-bit digit of each key starting at bit `shift`. O(n + 65536). */
function countingPass(order: Int32Array, keys: Uint32Array, shift: number): Int32Array {
  const counts = new Int32Array(BUCKETS + 1);
  for (let p = 0; p < order.length; p += 1) {
    const digit = ((keys[order[p] as number] as number) >>> shift) & (BUCKETS - 1);
    counts[digit + 1] = (counts[digit + 1] as number) + 1;
  }
  for (let d = 0; d < BUCKETS; d += 1) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
  const sorted = new Int32Array(order.length);
  for (let p = 0; p < order.length; p += 1) {
    const element = order[p] as number;
    const digit = ((keys[element] as number) >>> shift) & (BUCKETS - 1);
    const at = counts[digit] as number;
    sorted[at] = element;
    counts[digit] = at + 1;
  }
  return sorted;
}

/** The identity order 0, 1, …, n − 1. O(n). */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order;
}

/**
 * Sort keys from whole numbers: values[i] − offset as unsigned 32-bit integers, for the elements listed in
 * `only` (others stay 0) or all of them. The caller makes sure every listed value − offset is in [0, 2^32).
 * O(n) (O(|only|) after the allocation).
 */
export function offsetKeys(values: Int32Array, offset: number, only?: Int32Array): Uint32Array {
  const keys = new Uint32Array(values.length);
  if (only) {
    for (let p = 0; p < only.length; p += 1) {
      const i = only[p] as number;
      keys[i] = (values[i] as number) - offset;
    }
  } else {
    for (let i = 0; i < values.length; i += 1) keys[i] = (values[i] as number) - offset;
  }
  return keys;
}
