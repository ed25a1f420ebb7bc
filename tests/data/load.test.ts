import { describe, expect, it } from 'vitest';
import { loadIncidents } from '../../src/data/load.ts';
import { makeCollection, makeFeature } from '../factories.ts';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('loadIncidents', () => {
  it('returns the validated incidents and problems of a good file', async () => {
    const body = JSON.stringify(
      makeCollection([makeFeature({ id: 'a' }), makeFeature({ id: 'b', killed: -2 })]),
    );
    const result = await loadIncidents('data.geojson', respond(body));
    if (!result.ok) throw new Error('expected success');
    expect(result.incidents.map((incident) => incident.id)).toEqual(['a']);
    expect(result.problems).toHaveLength(1);
  });

  it('reports an HTTP error with its status', async () => {
    expect(await loadIncidents('x', respond('oops', 500))).toEqual({
      ok: false,
      error: { kind: 'http', status: 500 },
    });
  });

  it('says the file was not found for a 404', async () => {
    expect(await loadIncidents('data/x.geojson', respond('missing', 404))).toEqual({
      ok: false,
      error: { kind: 'missing', url: 'data/x.geojson' },
    });
  });

  it('says the file was not found when a server answers with its web page instead (status 200)', async () => {
    const page = '<!doctype html>\n<html lang="es"><body><div id="root"></div></body></html>';
    expect(await loadIncidents('data/x.geojson', respond(page))).toEqual({
      ok: false,
      error: { kind: 'missing', url: 'data/x.geojson' },
    });
    const html = (async () =>
      new Response('  <html></html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    const result = await loadIncidents('y', html);
    expect(result.ok === false && result.error.kind).toBe('missing');
  });

  it('reports text that is not JSON', async () => {
    const result = await loadIncidents('x', respond('{"type": "Feat'));
    expect(result.ok === false && result.error.kind).toBe('json');
  });

  it('reports JSON that is not a FeatureCollection', async () => {
    const result = await loadIncidents('x', respond('{"type":"Feature"}'));
    expect(result.ok === false && result.error.kind).toBe('shape');
  });

  it('reports a network failure instead of throwing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadIncidents('x', failing)).toEqual({
      ok: false,
      error: { kind: 'network', detail: 'Failed to fetch' },
    });
  });
});
