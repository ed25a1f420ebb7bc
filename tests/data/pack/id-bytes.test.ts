import { describe, expect, it } from 'vitest';
import { INCIDENT_ID_PATTERN } from '../../../src/data/incident-id.ts';
import { createIdSet, isIdBytes } from '../../../src/data/pack/id-bytes.ts';
import { seededRandom } from '../../random.ts';

const encoder = new TextEncoder();

describe('isIdBytes(bytes, start, end)', () => {
  it('agrees with INCIDENT_ID_PATTERN on random and chosen texts', () => {
    const random = seededRandom(11);
    const alphabet = ['a', 'z', '0', '9', '-', 'A', ' ', 'ñ', '_'];
    const texts = ['', '-', 'a', 'a-', '-a', 'a--b', 'puno-juliaca-2023-01-09', 'Ñandú', 'a b'];
    for (let k = 0; k < 2_000; k += 1) {
      const length = Math.floor(random() * 6);
      texts.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const text of texts) {
      const bytes = encoder.encode(`x${text}y`);
      expect(isIdBytes(bytes, 1, bytes.length - 1), text).toBe(INCIDENT_ID_PATTERN.test(text));
    }
  });
});

describe('createIdSet(bytes, starts, ends, capacity)', () => {
  it('gives the first row with the same id, or −1 for a new one, as a Map of the texts does', () => {
    const random = seededRandom(12);
    const ids = Array.from({ length: 3_000 }, () => `id-${Math.floor(random() * 1_000)}`);
    const bytes = encoder.encode(ids.join(''));
    const starts = new Int32Array(ids.length);
    const ends = new Int32Array(ids.length);
    let at = 0;
    ids.forEach((id, row) => {
      starts[row] = at;
      at += id.length;
      ends[row] = at;
    });
    const set = createIdSet(bytes, starts, ends, ids.length);
    const seen = new Map<string, number>();
    ids.forEach((id, row) => {
      const earlier = seen.get(id);
      if (earlier === undefined) seen.set(id, row);
      expect(set.add(row)).toBe(earlier ?? -1);
    });
  });
});
