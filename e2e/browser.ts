import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject } from 'vitest';

/** The system Chromium (Debian package `chromium`), or CHROME_PATH. Playwright never downloads a browser here. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install the Debian package `chromium` or set CHROME_PATH.');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // Playwright adds --enable-unsafe-swiftshader, so WebGL 2 is software-rendered without a GPU. Chromium's
  // own address-bar popup (a WebUI page) would load in a renderer of its own for the first seconds after the
  // launch, taking a core from the first page measured: no browser of a reader does that on opening a link.
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-features=WebUIOmniboxPopup'],
  });
}

export function appUrl(search = ''): string {
  return new URL(search, inject('baseUrl')).href;
}

export interface PageLog {
  consoleErrors: string[];
  requests: string[];
}

/** Opens a page that records console errors, page errors and every request it makes. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport });
  const log: PageLog = { consoleErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(error.message));
  page.on('request', (request) => log.requests.push(request.url()));
  return { page, log };
}

/**
 * Waits until the data has loaded (the loading overlay is gone): a big file loads in the worker while the map
 * already draws the basemap and goes idle without it.
 */
export async function waitForDataLoaded(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, {
    timeout: timeoutMs,
  });
}

/** Waits until the map has drawn the current state (`data-state="idle"`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-state="idle"]', { timeout: 30_000 });
}

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

/** A PNG screenshot of an element, decoded to RGBA pixels. */
export async function capture(page: Page, selector: string, file?: string): Promise<PNG> {
  const buffer = await page.locator(selector).screenshot(file ? { path: resolve(SCREENSHOTS, file) } : {});
  return PNG.sync.read(buffer);
}

/** A `#rrggbb` colour as [r, g, b]. */
export function hex(colour: string): [number, number, number] {
  return [
    Number.parseInt(colour.slice(1, 3), 16),
    Number.parseInt(colour.slice(3, 5), 16),
    Number.parseInt(colour.slice(5, 7), 16),
  ];
}

/** Pixels whose colour lies within `tolerance` (per channel) of `[r, g, b]`, as `[x, y]` in CSS px. */
export function findColour(image: PNG, rgb: [number, number, number], tolerance = 14): [number, number][] {
  const found: [number, number][] = [];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      const data = image.data;
      if (
        Math.abs((data[i] ?? 0) - rgb[0]) <= tolerance &&
        Math.abs((data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
        Math.abs((data[i + 2] ?? 0) - rgb[2]) <= tolerance
      ) {
        found.push([x, y]);
      }
    }
  }
  return found;
}

/** How many distinct colours (quantised to 5 bits per channel) an image has: 1 means blank. */
export function countColours(image: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const data = image.data;
    seen.add((((data[i] ?? 0) >> 3) << 10) | (((data[i + 1] ?? 0) >> 3) << 5) | ((data[i + 2] ?? 0) >> 3));
  }
  return seen.size;
}
