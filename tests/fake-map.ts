import type { CreateMap, MapCallbacks, MapViewState } from '../src/map/map-port.ts';

/** A stand-in for the MapLibre map: records every state it is given and lets tests play the user's clicks. */
export interface FakeMap {
  create: CreateMap;
  states: MapViewState[];
  callbacks(): MapCallbacks;
  isDestroyed: boolean;
}

export function makeFakeMap(options: { fails?: boolean } = {}): FakeMap {
  let saved: MapCallbacks | null = null;
  const fake: FakeMap = {
    states: [],
    isDestroyed: false,
    callbacks() {
      if (!saved) throw new Error('the map was never created');
      return saved;
    },
    create: async (container, callbacks) => {
      if (options.fails) throw new Error('WebGL 2 is not available');
      saved = callbacks;
      return {
        update(state) {
          fake.states.push(state);
          container.setAttribute('data-state', 'idle');
        },
        destroy() {
          fake.isDestroyed = true;
        },
      };
    },
  };
  return fake;
}
