import { schemePurples } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { PURPLES } from '../../src/theme/purples.ts';

describe('PURPLES', () => {
  it('is ColorBrewer Purples as d3-scale-chromatic ships it, for 3 to 7 steps', () => {
    for (const steps of [3, 4, 5, 6, 7] as const) expect(PURPLES[steps]).toEqual(schemePurples[steps]);
  });
});
