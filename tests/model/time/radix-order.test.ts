import { describe, expect, it } from 'vitest';
import { identityOrder, sortByKey } from '../../../src/model/time/radix-order.ts';
import { randomInt, seededRandom } from '../../random.ts';

describe('sortByKey(order, keys)', () => {
  it('sorts indices by their keys', () => {
    expect(Array.from(sortByKey(identityOrder(4), Uint32Array.from([30, 10, 40, 20])))).toEqual([1, 3, 0, 2]);
  });

  it('keeps the given order of equal keys (stable)', () => {
    const order = Int32Array.from([3, 0, 2, 1]);
    expect(Array.from(sortByKey(order, Uint32Array.from([1, 0, 1, 0])))).toEqual([3, 1, 0, 2]);
  });

  it('sorts keys of more than 16 bits, up to 2^32 − 1', () => {
    const keys = Uint32Array.from([2 ** 32 - 1, 65_536, 65_535, 0, 2 ** 31]);
    expect(Array.from(sortByKey(identityOrder(5), keys))).toEqual([3, 2, 1, 4, 0]);
  });

  it('sorts by several keys when called least significant first', () => {
    const minor = Uint32Array.from([2, 1, 1, 2]);
    const major = Uint32Array.from([0, 1, 0, 1]);
    expect(Array.from(sortByKey(sortByKey(identityOrder(4), minor), major))).toEqual([2, 0, 1, 3]);
  });

  it('gives the order back untouched when every key is 0', () => {
    const order = Int32Array.of(2, 0, 1);
    expect(sortByKey(order, new Uint32Array(3))).toBe(order);
  });

  it('sorts a subset of indices, and nothing at all', () => {
    expect(Array.from(sortByKey(Int32Array.from([4, 1]), Uint32Array.from([0, 9, 0, 0, 3])))).toEqual([4, 1]);
    expect(Array.from(sortByKey(new Int32Array(0), new Uint32Array(0)))).toEqual([]);
  });

  it('equals a stable comparison sort on random keys', () => {
    const random = seededRandom(8);
    for (let trial = 0; trial < 100; trial += 1) {
      const keys = Uint32Array.from({ length: randomInt(random, 0, 200) }, () =>
        random() < 0.5 ? randomInt(random, 0, 5) : Math.floor(random() * 2 ** 32),
      );
      const expected = Array.from(keys.keys()).sort(
        (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
      );
      expect(Array.from(sortByKey(identityOrder(keys.length), keys))).toEqual(expected);
    }
  });
});

describe('sortByKey(order, keys) on both sides of the comparison sort for small inputs', () => {
  it('equals a stable comparison sort with its counting passes (thousands of elements) and without', () => {
    const random = seededRandom(9);
    for (const length of [1_000, 1_023, 1_024, 1_025, 3_000, 20_000]) {
      const keys = Uint32Array.from({ length }, () =>
        random() < 0.5 ? randomInt(random, 0, 5) : Math.floor(random() * 2 ** 32),
      );
      const order = Int32Array.from(Array.from(keys.keys()).reverse());
      const expected = Array.from(order).sort((a, b) => (keys[a] as number) - (keys[b] as number));
      expect(Array.from(sortByKey(order, keys))).toEqual(expected);
    }
  });
});

describe('identityOrder(n)', () => {
  it('lists 0 to n − 1', () => {
    expect(Array.from(identityOrder(3))).toEqual([0, 1, 2]);
  });
});
