/**
 * ColorBrewer's sequential Purples (Cynthia Brewer, Apache-2.0, as d3-scale-chromatic ships it), the 3- to
 * 7-step schemes: the only palette the choropleth uses, inlined so the page does not carry every other scheme.
 */
export const PURPLES: Readonly<Record<3 | 4 | 5 | 6 | 7, readonly string[]>> = {
  3: ['#efedf5', '#bcbddc', '#756bb1'],
  4: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
  5: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
  6: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
  7: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
};
