import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchShared, loadDepartments } from '../../src/data/load-departments.ts';

function makeDepartment(iso: string) {
  return {
    type: 'Feature',
    properties: { iso_3166_2: iso },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-75, -10],
          [-74, -10],
          [-74, -9],
          [-75, -10],
        ],
      ],
    },
  };
}

const COLLECTION = {
  type: 'FeatureCollection',
  features: [makeDepartment('PE-CUS'), makeDepartment('PE-PUN')],
};

/** A stand-in for the network that counts requests and answers each with `status` and the collection. */
function stubNetwork(status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(COLLECTION), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDepartments', () => {
  it('reads the polygons with an ISO code from an injected fetch', async () => {
    const departments = await loadDepartments('https://example.org/a.geojson', async () =>
      Response.json(COLLECTION),
    );
    expect(departments?.features.map((feature) => feature.properties.iso_3166_2)).toEqual([
      'PE-CUS',
      'PE-PUN',
    ]);
  });

  it('gives null, without throwing, when the file is missing', async () => {
    expect(
      await loadDepartments('https://example.org/b.geojson', async () => new Response('', { status: 404 })),
    ).toBe(null);
  });
});

describe('fetchShared', () => {
  it('makes one request for the incidents placing and the map, and each reads the whole file', async () => {
    const network = stubNetwork();
    const url = 'https://example.org/shared-once.geojson';
    const [departments, forMap] = await Promise.all([
      loadDepartments(url),
      fetchShared(url).then((response) => response.json()),
    ]);
    expect(network).toHaveBeenCalledTimes(1);
    expect(departments?.features).toHaveLength(2);
    expect(forMap).toEqual(COLLECTION);
  });

  it('serves a reader that comes after the first has read the body', async () => {
    const network = stubNetwork();
    const url = 'https://example.org/shared-later.geojson';
    expect(await loadDepartments(url)).not.toBe(null);
    expect(await (await fetchShared(url)).json()).toEqual(COLLECTION);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed response, so a retry can succeed', async () => {
    const url = 'https://example.org/shared-retry.geojson';
    stubNetwork(503);
    expect(await loadDepartments(url)).toBe(null);
    const network = stubNetwork(200);
    expect(await loadDepartments(url)).not.toBe(null);
    expect(network).toHaveBeenCalledTimes(1);
  });
});
