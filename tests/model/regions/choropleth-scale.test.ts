import { describe, expect, it } from 'vitest';
import { buildChoroplethScale, MAX_CLASSES, ZERO_COLOUR } from '../../../src/model/regions/choropleth-scale.ts';

const limits = (max: number) => buildChoroplethScale(max).classes.map(({ min, max: upper }) => [min, upper]);

describe('buildChoroplethScale(maxValue)', () => {
  it('colours zero with its own colour, different from the lowest class', () => {
    const scale = buildChoroplethScale(29);
    expect(scale.colourOf(0)).toBe(ZERO_COLOUR);
    expect(scale.colourOf(1)).not.toBe(ZERO_COLOUR);
    expect(scale.classes.map((item) => item.colour)).not.toContain(ZERO_COLOUR);
  });

  it('splits 1 to 29 killed into round classes of five', () => {
    expect(limits(29)).toEqual([
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 25],
      [26, 30],
    ]);
  });

  it('gives one class per value for small maxima', () => {
    expect(limits(3)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('never makes more than MAX_CLASSES classes, and the last one reaches the maximum', () => {
    for (const max of [1, 6, 7, 12, 65, 103, 296, 799, 1001, 54_321]) {
      const { classes } = buildChoroplethScale(max);
      expect(classes.length).toBeLessThanOrEqual(MAX_CLASSES);
      expect(classes.at(-1)?.max).toBeGreaterThanOrEqual(max);
      classes.forEach((item, k) => {
        if (k > 0) expect(item.min).toBe((classes[k - 1]?.max ?? 0) + 1);
      });
    }
  });

  it('maps each value to the colour of the class that holds it, darker for larger values', () => {
    const scale = buildChoroplethScale(29);
    for (const item of scale.classes) {
      expect(scale.colourOf(item.min)).toBe(item.colour);
      expect(scale.colourOf(item.max)).toBe(item.colour);
    }
    expect(new Set(scale.classes.map((item) => item.colour)).size).toBe(scale.classes.length);
    const lightness = (hex: string) =>
      [1, 3, 5].reduce((sum, at) => sum + Number.parseInt(hex.slice(at, at + 2), 16), 0);
    const colours = scale.classes.map((item) => lightness(item.colour));
    expect([...colours].sort((x, y) => y - x)).toEqual(colours);
  });

  it('gives the top colour to values above the maximum', () => {
    const scale = buildChoroplethScale(10);
    expect(scale.colourOf(500)).toBe(scale.classes.at(-1)?.colour);
  });

  it('has no classes and colours everything as zero when the maximum is zero or not a number', () => {
    for (const max of [0, -3, Number.NaN]) {
      const scale = buildChoroplethScale(max);
      expect(scale.classes).toEqual([]);
      expect(scale.colourOf(5)).toBe(ZERO_COLOUR);
    }
  });
});
