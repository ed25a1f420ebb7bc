/** mulberry32, the synthetic generator's seeded PRNG, so property tests are deterministic. Floats in [0, 1). */
export { mulberry32 as seededRandom } from '../scripts/synthetic.ts';

/** An integer in [min, max], inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
