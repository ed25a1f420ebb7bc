/**
 * On a phone the page's thread is what the first view waits for: reading, validating and placing the data,
 * and starting MapLibre (the map, its style, its first frames), take about a second each there. Started
 * together they interleave: the map lays out and draws its tiles without the incidents, once or more, then
 * again when the data comes, each frame read back by the browser. So the default map is created once the page
 * has read the data (or failed to, or handed a big file to the loading worker, which leaves the page's thread
 * free), and draws everything in one pass. MapLibre's code and worker still load meanwhile.
 */
let release: () => void = () => undefined;
const released = new Promise<void>((resolve) => {
  release = resolve;
});

/** Lets the map start: called when the data load has settled on the page's thread or moved to a worker. */
export function letMapStart(): void {
  release();
}

/** Resolves once letMapStart has been called (at once if it has been already). */
export function mapMayStart(): Promise<void> {
  return released;
}
