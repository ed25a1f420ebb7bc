import { describe, expect, it } from 'vitest';
import { buildGifPalette, parseHexColour } from '../../../src/model/export/gif-palette.ts';

describe('parseHexColour(text)', () => {
  it('reads long and short hex colours in any case', () => {
    expect(parseHexColour('#a50f15')).toEqual([165, 15, 21]);
    expect(parseHexColour('#FFF')).toEqual([255, 255, 255]);
  });

  it('rejects what is not a hex colour', () => {
    expect(parseHexColour('rgb(1,2,3)')).toBeNull();
    expect(parseHexColour('#12345')).toBeNull();
    expect(parseHexColour('')).toBeNull();
  });
});

describe('buildGifPalette(fixed, quantized, size)', () => {
  it('keeps every fixed colour exactly, before the picture colours', () => {
    const palette = buildGifPalette(['#a50f15', '#fee5d9'], [[1, 2, 3]]);
    expect(palette.slice(0, 2)).toEqual([
      [165, 15, 21],
      [254, 229, 217],
    ]);
    expect(palette[2]).toEqual([1, 2, 3]);
  });

  it('lists a colour once however often it is given', () => {
    const palette = buildGifPalette(
      ['#ffffff', '#FFFFFF'],
      [
        [255, 255, 255],
        [0, 0, 0],
      ],
    );
    expect(palette).toEqual([
      [255, 255, 255],
      [0, 0, 0],
    ]);
  });

  it('stops at the palette size, the fixed colours first', () => {
    const quantized = Array.from({ length: 300 }, (_, k) => [k % 256, Math.floor(k / 256), 7]);
    const palette = buildGifPalette(['#a50f15'], quantized, 256);
    expect(palette).toHaveLength(256);
    expect(palette[0]).toEqual([165, 15, 21]);
  });

  it('skips fixed colours it cannot read', () => {
    expect(buildGifPalette(['red', '#000'], [])).toEqual([[0, 0, 0]]);
  });
});
