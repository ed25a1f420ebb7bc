import type { CreateMap } from '../map/map-port.ts';

/**
 * Loads MapLibre lazily, in its own chunk, so the first paint (loading state, panel) does not wait for it. The
 * chunk's evaluation and the map's construction (a WebGL context, the style) run in separate tasks: together
 * they made one of the page's longest tasks while loading.
 */
export const createDefaultMap: CreateMap = async (container, callbacks) => {
  const { createIncidentMap } = await import('../map/incident-map.ts');
  await new Promise((resolve) => window.setTimeout(resolve));
  return createIncidentMap(container, callbacks);
};
