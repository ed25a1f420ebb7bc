import { describe, expect, it } from 'vitest';
import { formatMapCamera, parseMapCamera } from '../../../src/model/clusters/map-camera.ts';

describe('parseMapCamera', () => {
  it('reads zoom, latitude and longitude in the OpenStreetMap order', () => {
    expect(parseMapCamera('9/-15.5/-70.13')).toEqual({ zoom: 9, lat: -15.5, lng: -70.13 });
  });

  it('returns null for missing, malformed or out-of-range views', () => {
    for (const text of [
      null,
      '',
      '9/-15.5',
      '9/x/-70',
      '23/0/0',
      '5/91/0',
      '5/0/181',
      '5/0/0/1',
      '5/1e3/0',
    ]) {
      expect(parseMapCamera(text)).toBeNull();
    }
  });

  it('round-trips through formatMapCamera', () => {
    const camera = { zoom: 7.25, lat: -13.1588, lng: -74.2236 };
    expect(parseMapCamera(formatMapCamera(camera))).toEqual(camera);
  });
});
