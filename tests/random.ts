/** mulberry32, the synthetic generator's seeded PRNG, so property tests are deterministic. Floats in [0, 1). */
export { mulberry32 as seededRandom } from '../scripts/synthetic.ts';

/** An integer in [min, max], inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One of `values`, at random. */
export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[randomInt(random, 0, values.length - 1)] as T;
}

/** A random subset of `values`, each kept with probability 0.6. */
export function subset<T>(random: () => number, values: readonly T[]): Set<T> {
  return new Set(values.filter(() => random() < 0.6));
}
