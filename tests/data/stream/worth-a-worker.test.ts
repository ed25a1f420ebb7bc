import { describe, expect, it } from 'vitest';
import { isWorthAWorker, WORKER_FROM_BYTES } from '../../../src/data/stream/load-in-worker.ts';

const response = (headers: Record<string, string>, status = 200) =>
  new Response('{}', { status, headers: new Headers(headers) });

describe('isWorthAWorker(response)', () => {
  it('keeps a small file on the page, compressed or not, and sends a big one to the worker', () => {
    expect(isWorthAWorker(response({ 'content-length': '190000' }))).toBe(false);
    // The real dataset as npm start serves it: 45 KB of brotli.
    expect(isWorthAWorker(response({ 'content-length': '46000', 'content-encoding': 'br' }))).toBe(false);
    expect(isWorthAWorker(response({ 'content-length': String(WORKER_FROM_BYTES + 1) }))).toBe(true);
    expect(isWorthAWorker(response({ 'content-length': '9000000', 'content-encoding': 'gzip' }))).toBe(true);
  });

  it('sends a file of unknown size to the worker, and never a failed response', () => {
    expect(isWorthAWorker(response({}))).toBe(true);
    expect(isWorthAWorker(response({ 'content-length': '100' }, 404))).toBe(false);
  });
});
