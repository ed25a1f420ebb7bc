import { describe, expect, it } from 'vitest';
import { BASEMAP_ATTRIBUTION, basemapAttribution } from '../../src/i18n/messages.ts';

describe('basemapAttribution', () => {
  it('names what each source provides on a wide map', () => {
    expect(basemapAttribution(1280)).toBe(BASEMAP_ATTRIBUTION);
  });

  it('keeps every source and the licence on a phone-wide map, in fewer characters', () => {
    const short = basemapAttribution(390);
    for (const name of ['INEI', 'GSHHG', 'GeoNames', 'CC BY 4.0']) expect(short).toContain(name);
    expect(short.length).toBeLessThan(BASEMAP_ATTRIBUTION.length / 2);
  });
});
