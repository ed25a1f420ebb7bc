import type { CreateMap } from '../map/map-port.ts';

/** Loads MapLibre lazily, in its own chunk, so the first paint (loading state, panel) does not wait for it. */
export const createDefaultMap: CreateMap = async (container, callbacks) => {
  const { createIncidentMap } = await import('../map/incident-map.ts');
  return createIncidentMap(container, callbacks);
};
