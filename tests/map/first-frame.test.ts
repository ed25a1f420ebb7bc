import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstFrame, type FirstFrameMap, SHOW_AFTER_MS } from '../../src/map/first-frame.ts';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** A WebGL 2 context as far as fences go: `signal()` is the GPU passing the fence. */
function fakeGl() {
  const state = { status: UNSIGNALED, isLost: false, fences: 0, deleted: 0, flushes: 0 };
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    fenceSync: () => {
      state.fences += 1;
      return {};
    },
    flush: () => {
      state.flushes += 1;
    },
    getSyncParameter: () => state.status,
    deleteSync: () => {
      state.deleted += 1;
    },
    isContextLost: () => state.isLost,
  };
  return { gl, state, signal: () => (state.status = SIGNALED) };
}

/** A map whose style and tiles load when the test says, and whose painter counts what it draws. */
function fakeMap(gl: ReturnType<typeof fakeGl>['gl'] | null, hasPainter = true) {
  const canvas = document.createElement('canvas');
  vi.spyOn(canvas, 'getContext').mockReturnValue(gl as unknown as RenderingContext);
  const loaded = { style: false, tiles: false };
  const drawn: number[] = [];
  const painter = { render: (frame: number) => void drawn.push(frame) };
  const map = {
    getCanvas: () => canvas,
    isStyleLoaded: () => loaded.style,
    areTilesLoaded: () => loaded.tiles,
    triggerRepaint: vi.fn(),
    ...(hasPainter ? { painter } : {}),
  };
  /** One frame of MapLibre's: it calls its painter, whoever replaced it. */
  const frame = (n: number) => (map.painter?.render as ((n: number) => void) | undefined)?.(n);
  return { map: map as unknown as FirstFrameMap, canvas, loaded, drawn, frame, repaints: map.triggerRepaint };
}

describe('the map’s first frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws nothing while the opening view loads, draws it once complete, hidden, and shows it when the GPU is done', () => {
    const gpu = fakeGl();
    const { map, canvas, loaded, drawn, frame, repaints } = fakeMap(gpu.gl);
    const firstFrame = new FirstFrame(map);
    const shown = vi.fn();
    firstFrame.whenShown(shown);
    expect(canvas.style.visibility).toBe('hidden');

    frame(1);
    loaded.style = true;
    frame(2);
    expect(drawn).toEqual([]);
    loaded.tiles = true;
    frame(3);
    frame(4);
    expect(drawn).toEqual([3]);
    expect(gpu.state).toMatchObject({ fences: 1, flushes: 1 });

    vi.advanceTimersByTime(500);
    expect(canvas.style.visibility).toBe('hidden');
    expect(firstFrame.isShown).toBe(false);
    expect(shown).not.toHaveBeenCalled();

    gpu.signal();
    vi.advanceTimersByTime(20);
    expect(canvas.style.visibility).toBe('');
    expect(firstFrame.isShown).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(repaints).toHaveBeenCalledTimes(1);
    expect(gpu.state.deleted).toBe(1);

    // From then on every frame is drawn, and a late caller runs at once.
    frame(5);
    frame(6);
    expect(drawn).toEqual([3, 5, 6]);
    const late = vi.fn();
    firstFrame.whenShown(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('shows the map after SHOW_AFTER_MS when the opening view never completes, and draws from then on', () => {
    const { map, canvas, drawn, frame } = fakeMap(fakeGl().gl);
    const firstFrame = new FirstFrame(map);
    frame(1);
    vi.advanceTimersByTime(SHOW_AFTER_MS - 1);
    expect(canvas.style.visibility).toBe('hidden');
    vi.advanceTimersByTime(1);
    expect(firstFrame.isShown).toBe(true);
    expect(canvas.style.visibility).toBe('');
    frame(2);
    expect(drawn).toEqual([2]);
  });

  it('shows the map when the GPU never answers because the context is lost', () => {
    const gpu = fakeGl();
    const { map, loaded, frame, canvas } = fakeMap(gpu.gl);
    new FirstFrame(map);
    loaded.style = loaded.tiles = true;
    frame(1);
    gpu.state.isLost = true;
    vi.advanceTimersByTime(20);
    expect(canvas.style.visibility).toBe('');
  });

  it('shows the map right after its first complete frame where there is no fence (no WebGL 2 context)', () => {
    const { map, loaded, frame, canvas, drawn } = fakeMap(null);
    const firstFrame = new FirstFrame(map);
    loaded.style = loaded.tiles = true;
    frame(1);
    expect(firstFrame.isShown).toBe(true);
    expect(canvas.style.visibility).toBe('');
    expect(drawn).toEqual([1]);
  });

  it('leaves a map without a painter to render (another MapLibre) as MapLibre draws it', () => {
    const { map, canvas } = fakeMap(fakeGl().gl, false);
    const firstFrame = new FirstFrame(map);
    expect(firstFrame.isShown).toBe(true);
    expect(canvas.style.visibility).toBe('');
  });

  it('stops waiting when the map is removed: no callback, no repaint', () => {
    const gpu = fakeGl();
    const { map, loaded, frame, repaints } = fakeMap(gpu.gl);
    const firstFrame = new FirstFrame(map);
    const shown = vi.fn();
    firstFrame.whenShown(shown);
    loaded.style = loaded.tiles = true;
    frame(1);
    firstFrame.destroy();
    gpu.signal();
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    expect(shown).not.toHaveBeenCalled();
    expect(repaints).not.toHaveBeenCalled();
  });
});
