import type * as maplibregl from 'maplibre-gl';

/** How often the GPU's progress on the hidden first frame is checked, in ms. */
const POLL_MS = 16;
/**
 * The canvas is shown this long after the map was created whatever happened (a tile that never comes, a GPU
 * that never answers): a slow map rather than a blank one.
 */
export const SHOW_AFTER_MS = 15_000;

/** What FirstFrame uses of a MapLibre map (the whole map, or a fake in tests). */
export type FirstFrameMap = Pick<
  maplibregl.Map,
  'getCanvas' | 'isStyleLoaded' | 'areTilesLoaded' | 'triggerRepaint'
> & { painter?: { render?: (...args: never[]) => void } };

/**
 * The map's opening view, drawn once it is complete and shown once the GPU has drawn it.
 *
 * Where WebGL runs in software (SwiftShader: phones and machines without a usable GPU, and CI), the browser
 * reads every frame it shows back from the GPU, and the page's thread waits for it. The first frames are the
 * costly ones: the GPU compiles a pipeline for each new mix of shader and state, 0.3–0.5 s of waiting per
 * frame (the longest tasks while loading). And while the page's thread waits, the map's worker waits too:
 * it asks the page for glyphs before it can hand a tile over.
 *
 * So until the opening view is shown, the canvas is hidden and MapLibre's painter draws nothing while the
 * style or a tile of the view is still loading. The first complete frame is drawn hidden, a fence follows it,
 * and the canvas is shown when the GPU has passed the fence; nothing is read back meanwhile, so the page's
 * thread stays free while the GPU compiles. From then on the map draws as MapLibre always does.
 * Without the painter's `render` (another MapLibre version) or a fence (no WebGL 2), the map is shown at once.
 */
export class FirstFrame {
  private isShownNow = false;
  private readonly waiting: (() => void)[] = [];
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly deadline: ReturnType<typeof setTimeout> | undefined;
  private readonly restore: () => void = () => undefined;

  constructor(
    private readonly map: FirstFrameMap,
    showAfterMs = SHOW_AFTER_MS,
  ) {
    const painter = map.painter;
    const render = painter?.render;
    if (!painter || typeof render !== 'function') {
      this.isShownNow = true;
      return;
    }
    const canvas = map.getCanvas();
    canvas.style.visibility = 'hidden';
    let isDrawn = false;
    painter.render = (...args: never[]) => {
      if (isDrawn || !map.isStyleLoaded() || !map.areTilesLoaded()) return;
      isDrawn = true;
      render.apply(painter, args);
      this.waitForGpu();
    };
    this.restore = () => {
      painter.render = render;
      canvas.style.visibility = '';
    };
    this.deadline = setTimeout(() => this.show(), showAfterMs);
  }

  /** Whether the canvas shows the map (its opening view drawn, or given up waiting for). */
  get isShown(): boolean {
    return this.isShownNow;
  }

  /** Runs `callback` once the canvas shows the map: now if it does. */
  whenShown(callback: () => void): void {
    if (this.isShownNow) callback();
    else this.waiting.push(callback);
  }

  /** Stops waiting (the map is being removed); callbacks not yet run never run. */
  destroy(): void {
    clearTimeout(this.deadline);
    clearTimeout(this.pollTimer);
    this.waiting.length = 0;
    this.isShownNow = true;
  }

  /** Flushes the frame just drawn to the GPU behind a fence, and shows the canvas once the GPU has passed it. */
  private waitForGpu(): void {
    const gl = this.map.getCanvas().getContext('webgl2');
    const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
    if (!gl || !fence) {
      this.show();
      return;
    }
    gl.flush();
    const poll = () => {
      if (this.isShownNow) {
        gl.deleteSync(fence);
      } else if (gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) {
        gl.deleteSync(fence);
        this.show();
      } else {
        this.pollTimer = setTimeout(poll, POLL_MS);
      }
    };
    this.pollTimer = setTimeout(poll, 0);
  }

  private show(): void {
    if (this.isShownNow) return;
    this.isShownNow = true;
    clearTimeout(this.deadline);
    this.restore();
    // The frame that puts the finished view on screen, and fires the "idle" the app waits for.
    this.map.triggerRepaint();
    for (const callback of this.waiting.splice(0)) callback();
  }
}
