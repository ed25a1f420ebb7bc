import type { Browser, CDPSession, Request } from 'playwright-core';

/**
 * Lighthouse's mobile profile ("Slow 4G" with a mid-range phone): 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, the CPU slowed 4×; here on a 390 px phone.
 */
export const MOBILE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
};

/** One response as the network saw it: bytes on the wire (headers and compressed body) and when it finished. */
export interface Transfer {
  url: string;
  bytes: number;
  /** Milliseconds after navigation started. */
  finishedMs: number;
}

export interface FirstView {
  /** Every state the totals took, in order, with the time it appeared (ms after navigation started). */
  totals: {
    atMs: number;
    killed: string | null;
    injured: string | null;
    incidents: string | null;
    text: string;
  }[];
  /** When the map first reported `data-state="idle"`, ms after navigation started (null: never). */
  mapIdleMs: number | null;
  /**
   * When the next frame began after that (null: never): the idle frame is then on screen. Where WebGL runs in
   * software the browser reads the canvas back before it shows it, which can take a while after "idle".
   */
  mapPaintedMs: number | null;
  transfers: Transfer[];
}

/** Records, from before the first byte of HTML is parsed, every state of the totals and the map's first idle. */
const RECORDER = `(() => {
  const log = { totals: [], mapIdleMs: null, mapPaintedMs: null };
  window.__firstView = log;
  let last = '';
  const check = () => {
    const totals = document.querySelector('[data-testid="totals"]');
    if (totals) {
      // What a reader sees: figures hidden (visibility) until the inline script has set them count as none, and so
      // does a section whose figures the parser has not reached yet (the page's HTML arrives in pieces).
      const nodes = [...totals.querySelectorAll('.totals-value')];
      const isUnparsed = nodes.length === 0;
      const isHidden = isUnparsed || nodes.some((node) => getComputedStyle(node).visibility === 'hidden');
      const values = isUnparsed ? 'unparsed' : isHidden ? 'hidden' : nodes.map((node) => node.textContent).join('|');
      const attribute = (name) => (isHidden ? null : totals.getAttribute(name));
      const state = [attribute('data-killed'), attribute('data-injured'), attribute('data-incidents'), values].join('/');
      if (state !== last) {
        last = state;
        log.totals.push({ atMs: performance.now(), killed: attribute('data-killed'),
          injured: attribute('data-injured'), incidents: attribute('data-incidents'), text: values });
      }
    }
    const map = document.querySelector('[data-testid="map"]');
    if (log.mapIdleMs === null && map && map.getAttribute('data-state') === 'idle') {
      log.mapIdleMs = performance.now();
      requestAnimationFrame(() => {
        log.mapPaintedMs = performance.now();
        window.__firstViewPainted?.();
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/**
 * Opens `url` in a fresh context (empty cache) under the mobile profile and waits for the map's first idle and
 * then for the network to be quiet. Counts every response on the wire, the map worker's own fetches included.
 */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext({
    viewport: MOBILE.viewport,
    deviceScaleFactor: MOBILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  const session = await context.newCDPSession(page);
  await throttle(session);
  // Playwright reports the requests of the page and of its dedicated workers (MapLibre's worker fetches the
  // basemap itself); sizes() gives the bytes on the wire, headers included, and timing() when they ended.
  const pending = new Set<Request>();
  const finished: { url: string; bytes: number; endEpochMs: number }[] = [];
  page.on('request', (request) => {
    pending.add(request);
  });
  page.on('requestfailed', (request) => {
    pending.delete(request);
  });
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    const timing = request.timing();
    finished.push({
      url: request.url(),
      bytes: sizes?.responseBodySize
        ? sizes.responseBodySize + sizes.responseHeadersSize
        : await declaredBytes(request),
      endEpochMs: timing.startTime + Math.max(timing.responseEnd, 0),
    });
    pending.delete(request);
  });
  // The page says when the map's idle frame is on screen, through a binding: waiting with waitForSelector or
  // waitForFunction would run Playwright's injected script (about 0.15 s of the throttled main thread, while the
  // HTML is parsed) and its polling on every frame, work no reader's phone does.
  let painted: () => void = () => {};
  const isPainted = new Promise<void>((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('__firstViewPainted', () => painted());
  await page.goto(url, { waitUntil: 'commit' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the map was not idle within 60 s')), 60_000);
  });
  try {
    await Promise.race([isPainted, timeout]);
  } finally {
    clearTimeout(timer);
  }
  await quiet(pending, 1500);
  const recorded = (await page.evaluate('window.__firstView')) as Omit<FirstView, 'transfers'>;
  const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
  await context.close();
  return {
    ...recorded,
    transfers: finished
      .filter((transfer) => !transfer.url.startsWith('data:'))
      .map(({ url, bytes, endEpochMs }) => ({ url, bytes, finishedMs: endEpochMs - timeOrigin })),
  };
}

/**
 * Chromium reports no sizes for a worker's own script: its Content-Length and headers (as sent) stand in,
 * none for a response served from the cache.
 */
async function declaredBytes(request: Request): Promise<number> {
  const response = await request.response().catch(() => null);
  if (!response || response.status() === 304 || response.fromServiceWorker()) return 0;
  const headers = await response.headersArray().catch(() => []);
  const headerBytes = headers.reduce((sum, { name, value }) => sum + name.length + value.length + 4, 17);
  return Number(response.headers()['content-length'] ?? 0) + headerBytes;
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latencyMs,
    downloadThroughput: MOBILE.downloadBytesPerSecond,
    uploadThroughput: MOBILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown }).catch(() => undefined);
}

/** Resolves once no request has been in flight for `quietMs`. */
async function quiet(pending: Set<Request>, quietMs: number): Promise<void> {
  let quietSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Bytes of the responses finished by `atMs` (ms after navigation started). */
export function bytesBy(transfers: Transfer[], atMs: number): number {
  return transfers.filter((transfer) => transfer.finishedMs <= atMs).reduce((sum, t) => sum + t.bytes, 0);
}
