// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../scripts/precompress.ts';
import { type StaticServer, startStaticServer } from '../../scripts/serve.ts';

let parent: string;
let root: string;
let server: StaticServer;
const DATA = JSON.stringify({ type: 'FeatureCollection', features: Array(200).fill({ type: 'Feature' }) });

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-'));
  root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><div id="root"></div>${' '.repeat(600)}`);
  writeFileSync(join(root, 'assets/worker-abc.mjs'), `export const x = 1;${';'.repeat(600)}`);
  writeFileSync(join(root, 'data/incidents.geojson'), DATA);
  writeFileSync(join(parent, 'secret.txt'), 'outside');
  precompressFolder(root);
  server = await startStaticServer({ root, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

/** A raw GET (no automatic decompression), with the status, headers and body bytes. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((done, fail) => {
    const url = new URL(server.url);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('scripts/serve.ts', () => {
  it('serves the page for / and sends brotli when the browser accepts it, gzip otherwise', async () => {
    const page = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const data = await get('/data/incidents.geojson', { 'Accept-Encoding': 'gzip' });
    expect(data.headers['content-encoding']).toBe('gzip');
    expect(data.body.length).toBeLessThan(DATA.length / 4);
    const plain = await get('/data/incidents.geojson');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(DATA);
  });

  it('sends .mjs as JavaScript and caches hashed assets for a year', async () => {
    const worker = await get('/assets/worker-abc.mjs');
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing file with 404, never with the page', async () => {
    const missing = await get('/data/missing.geojson');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).not.toContain('id="root"');
  });

  it('never serves outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2f..%2fsecret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toBe('outside');
    }
  });

  it('answers a revalidation with 304 and a byte range with 206', async () => {
    const first = await get('/data/incidents.geojson', { 'Accept-Encoding': 'br' });
    const again = await get('/data/incidents.geojson', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    const range = await get('/data/incidents.geojson', { Range: 'bytes=0-9' });
    expect(range.status).toBe(206);
    expect(range.body.toString()).toBe(DATA.slice(0, 10));
  });
});
