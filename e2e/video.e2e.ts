import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, SCREENSHOTS, waitForMapIdle } from './browser.ts';

/**
 * The Video download, end to end: the built app films 1–20 January 2023 into an MP4 (H.264) and a GIF; ffprobe
 * and ffmpeg (Debian `ffmpeg`) read them back. A decoded frame is compared with the PNG export of the same
 * range, on a page sized so that the PNG is exactly as wide as the clip (1080 px): then the title, the dates,
 * the legend and the attribution are drawn at the same places in both.
 */
const folder = mkdtempSync(join(tmpdir(), 'video-'));
const SEARCH = '?from=2023-01-01&to=2023-01-20';
const DAYS = 20;
const SIZE_PX = 1080;
/** The frame's header (title, dates) and footer (legend, attribution) at scale 2, from map-image.ts. */
const HEADER_PX = 142;

let browser: Browser;
beforeAll(async () => {
  execFileSync('ffprobe', ['-version']);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the page 540 CSS px wide (the phone layout: the map takes the whole width), so its PNG export is as
 * wide as the clip, and opens the side panel where the downloads are.
 */
async function openSizedPage(search: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const { page, log } = await openPage(browser, { width: SIZE_PX / 2, height: 900 });
  await page.goto(appUrl(search));
  await waitForMapIdle(page);
  expect((await page.getByTestId('map').boundingBox())?.width).toBe(SIZE_PX / 2);
  await page.locator('.panel-toggle').click();
  await page.getByTestId('download-video').scrollIntoViewIfNeeded();
  return { page, consoleErrors: log.consoleErrors };
}

async function openVideoDialog(page: Page): Promise<void> {
  await page.getByTestId('download-video').click();
  await page.getByTestId('video-dialog').waitFor();
  await page.waitForSelector('[data-testid="video-start"]:not([disabled])');
}

async function makeVideo(
  page: Page,
  format: string,
  timeoutMs = 300_000,
): Promise<{ name: string; path: string }> {
  await page.getByTestId('video-format').selectOption(format);
  await page.getByTestId('video-step').selectOption('day');
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    page.getByTestId('video-start').click(),
  ]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function downloadPng(page: Page): Promise<PNG> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
  const path = join(folder, 'export.png');
  await file.saveAs(path);
  return PNG.sync.read(readFileSync(path));
}

interface StreamInfo {
  codec_name: string;
  profile?: string;
  width: number;
  height: number;
  nb_read_frames: string;
}

function probe(path: string): StreamInfo {
  const json = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-count_frames',
      '-show_entries',
      'stream=codec_name,profile,width,height,nb_read_frames',
      '-of',
      'json',
      path,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(json).streams[0];
}

/** The MD5 of every decoded frame, in order (`ffmpeg -f framemd5`, no frames dropped or duplicated). */
function frameHashes(path: string): string[] {
  const text = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', path, '-vsync', 'passthrough', '-f', 'framemd5', '-'],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(',').at(-1)?.trim() ?? '');
}

/** Frame `n` (from 0) decoded to RGBA. */
function decodeFrame(path: string, n: number, name: string): PNG {
  const out = join(folder, `${name}.png`);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    path,
    '-vf',
    `select=eq(n\\,${n})`,
    '-vsync',
    'passthrough',
    '-frames:v',
    '1',
    out,
  ]);
  return PNG.sync.read(readFileSync(out));
}

/** Mean absolute difference per channel (0–255) of two images over rows `[fromY, toY)` counted from `edge`. */
function bandDifference(a: PNG, b: PNG, rows: number, edge: 'top' | 'bottom'): number {
  let sum = 0;
  let count = 0;
  const width = Math.min(a.width, b.width);
  for (let k = 0; k < rows; k += 1) {
    const ya = edge === 'top' ? k : a.height - 1 - k;
    const yb = edge === 'top' ? k : b.height - 1 - k;
    for (let x = 0; x < width; x += 1) {
      const i = (ya * a.width + x) * 4;
      const j = (yb * b.width + x) * 4;
      for (let c = 0; c < 3; c += 1) {
        sum += Math.abs((a.data[i + c] ?? 0) - (b.data[j + c] ?? 0));
        count += 1;
      }
    }
  }
  return sum / count;
}

/** The rows of a band that are not plain background: text was drawn there. */
function inkedRows(image: PNG, rows: number, edge: 'top' | 'bottom'): number {
  let inked = 0;
  for (let k = 0; k < rows; k += 1) {
    const y = edge === 'top' ? k : image.height - 1 - k;
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      if ((image.data[i] ?? 255) < 160) {
        inked += 1;
        break;
      }
    }
  }
  return inked;
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

describe('the timeline as a video, 1–20 January 2023', () => {
  let page: Page;
  let consoleErrors: string[];
  let png: PNG;
  let footerPx: number;

  beforeAll(async () => {
    ({ page, consoleErrors } = await openSizedPage(SEARCH));
    png = await downloadPng(page);
    expect(png.width).toBe(SIZE_PX);
    // The footer holds the legend and the attribution: from the map's last row to the bottom.
    const mapHeightPx = (await page.getByTestId('map').boundingBox())?.height ?? 0;
    footerPx = png.height - HEADER_PX - Math.round(mapHeightPx * 2);
    await openVideoDialog(page);
  }, 120_000);
  afterAll(async () => {
    await page?.close();
  });

  it('offers MP4 and GIF, a day a frame by default', async () => {
    const formats = await page
      .getByTestId('video-format')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(formats).toEqual(['mp4', 'gif']);
    expect(await page.getByTestId('video-step').inputValue()).toBe('day');
  });

  it('cancels at once: the hidden map is gone, no file arrives and the memory is given back', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await heapBytes(cdp);
    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    await page.getByTestId('video-format').selectOption('mp4');
    await page.getByTestId('video-start').click();
    await expect
      .poll(() => page.getByTestId('video-progress').getAttribute('value'), { timeout: 120_000 })
      .toMatch(/^([3-9]|1\d)$/);
    expect(await page.locator('[data-testid="video-map"]').count()).toBe(1);
    const during = await heapBytes(cdp);
    // Timed inside the page, from the click to the dialog saying it stopped (no test-driver overhead).
    const stoppedMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const startMs = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid="video-status"]')) return;
            observer.disconnect();
            done(performance.now() - startMs);
          });
          observer.observe(document.body, { childList: true, subtree: true });
          document.querySelector<HTMLButtonElement>('[data-testid="video-cancel"]')?.click();
        }),
    );
    expect(await page.getByTestId('video-status').textContent()).toMatch(/cancelado/i);
    expect(await page.locator('[data-testid="video-map"]').count()).toBe(0);
    expect(await page.getByTestId('video-progress').count()).toBe(0);
    await page.waitForTimeout(1_000);
    const after = await heapBytes(cdp);
    console.info(
      `video cancel: stopped in ${stoppedMs.toFixed(0)} ms; JS heap ${(before / 2 ** 20).toFixed(1)} MB before, ${(during / 2 ** 20).toFixed(1)} MB while encoding, ${(after / 2 ** 20).toFixed(1)} MB after`,
    );
    expect(after).toBeLessThan(before + 8 * 2 ** 20);
    expect(downloads).toBe(0);
    await cdp.detach();
  });

  it('then exports an H.264 MP4 of the chosen size, a different frame per day, framed like the PNG', async () => {
    const video = await makeVideo(page, 'mp4');
    expect(video.name).toBe('peru-protestas_2023-01-01_2023-01-20.mp4');
    const stream = probe(video.path);
    expect(stream).toMatchObject({ codec_name: 'h264', profile: 'High', width: SIZE_PX, height: SIZE_PX });
    expect(Number(stream.nb_read_frames)).toBeGreaterThanOrEqual(DAYS);
    const hashes = frameHashes(video.path);
    expect(hashes.length).toBeGreaterThanOrEqual(DAYS);
    expect(new Set(hashes).size).toBeGreaterThanOrEqual(DAYS);

    // The last frame covers the page's range: its header and footer are the PNG export's.
    const last = decodeFrame(video.path, DAYS - 1, 'mp4-last');
    const first = decodeFrame(video.path, 0, 'mp4-first');
    copyFileSync(join(folder, 'mp4-last.png'), resolve(SCREENSHOTS, 'video-frame-es.png'));
    expect(inkedRows(last, HEADER_PX, 'top')).toBeGreaterThan(20);
    expect(inkedRows(last, footerPx, 'bottom')).toBeGreaterThan(20);
    const header = bandDifference(last, png, HEADER_PX, 'top');
    const footer = bandDifference(last, png, footerPx, 'bottom');
    // The first day's frame has other dates and figures: the comparison can tell frames apart.
    const firstHeader = bandDifference(first, png, HEADER_PX, 'top');
    console.info(
      `mp4 vs png: header ${header.toFixed(2)}, footer ${footer.toFixed(2)}; first day ${firstHeader.toFixed(2)}`,
    );
    expect(header).toBeLessThan(3);
    expect(footer).toBeLessThan(3);
    expect(firstHeader).toBeGreaterThan(header * 1.5);
    expect(statSync(video.path).size).toBeGreaterThan(10_000);
  }, 300_000);

  it('exports a GIF of the same frames that keeps the legend colours', async () => {
    const video = await makeVideo(page, 'gif');
    expect(video.name).toBe('peru-protestas_2023-01-01_2023-01-20.gif');
    const stream = probe(video.path);
    expect(stream).toMatchObject({ codec_name: 'gif', width: SIZE_PX, height: SIZE_PX });
    expect(Number(stream.nb_read_frames)).toBeGreaterThanOrEqual(DAYS);
    const hashes = frameHashes(video.path);
    expect(new Set(hashes).size).toBeGreaterThanOrEqual(DAYS);
    const last = decodeFrame(video.path, DAYS - 1, 'gif-last');
    const header = bandDifference(last, png, HEADER_PX, 'top');
    const footer = bandDifference(last, png, footerPx, 'bottom');
    console.info(`gif vs png: header ${header.toFixed(2)}, footer ${footer.toFixed(2)}`);
    expect(header).toBeLessThan(3);
    expect(footer).toBeLessThan(3);
    expect(consoleErrors).toEqual([]);
  }, 300_000);
});

/** The resident memory of every Chromium process (browser, renderers, GPU), in bytes, from /proc. */
async function chromiumRssBytes(cdp: CDPSession): Promise<number> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
  let total = 0;
  for (const { id } of processInfo) {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * The whole period at one frame a day, measured (VIDEO_BENCH=1; too slow for every CI run): the time to make
 * each file, its size, and the peak JS heap of the page and resident memory of all Chromium processes,
 * sampled every 250 ms. Prints; asserts only that the files are whole.
 */
describe.runIf(process.env.VIDEO_BENCH)('the whole period, measured', () => {
  for (const format of ['mp4', 'gif']) {
    it(`makes the ${format} of 7 December 2022 – 31 March 2023`, async () => {
      const { page } = await openSizedPage('?from=2022-12-07&to=2023-03-31');
      await openVideoDialog(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const browserCdp = await browser.newBrowserCDPSession();
      const baseHeap = await heapBytes(cdp);
      const baseRss = await chromiumRssBytes(browserCdp);
      let peakHeap = baseHeap;
      let peakRss = baseRss;
      let isSampling = true;
      const sampling = (async () => {
        while (isSampling) {
          const { metrics } = await cdp.send('Performance.getMetrics');
          peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
          peakRss = Math.max(peakRss, await chromiumRssBytes(browserCdp));
          await new Promise((done) => setTimeout(done, 250));
        }
      })();
      const startedMs = Date.now();
      const video = await makeVideo(page, format, 1_500_000);
      const seconds = (Date.now() - startedMs) / 1000;
      isSampling = false;
      await sampling;
      const frames = Number(probe(video.path).nb_read_frames);
      const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      console.info(
        `video bench ${format}: ${frames} frames in ${seconds.toFixed(1)} s (${((seconds * 1000) / frames).toFixed(0)} ms a frame), ${mb(statSync(video.path).size)} MB; JS heap ${mb(baseHeap)} → peak ${mb(peakHeap)} MB; Chromium RSS ${mb(baseRss)} → peak ${mb(peakRss)} MB`,
      );
      expect(frames).toBe(115);
      await browserCdp.detach();
      await page.close();
    }, 1_600_000);
  }
});
