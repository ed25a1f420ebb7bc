import { scaleLinear, scaleThreshold } from 'd3-scale';
import { PURPLES } from '../../theme/purples.ts';

/** One class of the choropleth: values from `min` to `max` inclusive (whole numbers) and its colour. */
export interface ChoroplethClass {
  min: number;
  max: number;
  colour: string;
}

/** Maps a department's figure to a fill: zero has its own colour, distinct from the lightest class. */
export interface ChoroplethScale {
  classes: ChoroplethClass[];
  zeroColour: string;
  colourOf(value: number): string;
}

/** The fill of a department with nothing to count: the plain land colour, so "none" never reads as "few". */
export const ZERO_COLOUR = '#fbfaf6';

/** At most this many classes: more steps of one hue stop being told apart. */
export const MAX_CLASSES = 6;

/**
 * ColorBrewer's Purples, which stays readable for every common colour-vision deficiency and keeps clear of
 * the reds, oranges and blues of the incident points drawn on top. k classes take the k darker steps of the
 * (k + 1)-step scheme: its palest step is too close to the zero colour.
 */
function paletteOf(classes: number): string[] {
  const steps = Math.min(7, Math.max(3, classes + 1)) as keyof typeof PURPLES;
  return PURPLES[steps].slice(-classes);
}

/**
 * A sequential scale in at most MAX_CLASSES classes of whole numbers from 1 up to at least `maxValue`, with
 * round limits from d3-scale's nice ticks (1–5, 6–10, …, or 1–10, 11–20, …); up to MAX_CLASSES, one class per
 * value. With `maxValue` ≤ 0 there are no classes and everything takes the zero colour. O(1).
 */
export function buildChoroplethScale(maxValue: number): ChoroplethScale {
  const max = Math.floor(maxValue);
  if (!(max > 0)) return { classes: [], zeroColour: ZERO_COLOUR, colourOf: () => ZERO_COLOUR };
  // One class per value only while that stays within MAX_CLASSES: nothing here may grow with the value.
  let uppers = Array.from({ length: Math.min(max, MAX_CLASSES + 1) }, (_, k) => k + 1);
  for (let count = MAX_CLASSES; uppers.length > MAX_CLASSES && count > 0; count -= 1) {
    uppers = scaleLinear()
      .domain([0, max])
      .nice(count)
      .ticks(count)
      .filter((tick) => tick > 0 && Number.isInteger(tick));
  }
  const colours = paletteOf(uppers.length);
  const classes = uppers.map((upper, k) => ({
    min: k === 0 ? 1 : (uppers[k - 1] as number) + 1,
    max: upper,
    colour: colours[k] as string,
  }));
  const threshold = scaleThreshold<number, string>()
    .domain(uppers.slice(0, -1).map((upper) => upper + 1))
    .range(colours);
  return {
    classes,
    zeroColour: ZERO_COLOUR,
    colourOf: (value) => (value > 0 ? threshold(value) : ZERO_COLOUR),
  };
}
