import {
  type CreateMap,
  type MapCallbacks,
  MapCodeUnreachable,
  type MapViewState,
} from '../src/map/map-port.ts';

/** A stand-in for the MapLibre map: records every state it is given and lets tests play the user's clicks. */
export interface FakeMap {
  create: CreateMap;
  states: MapViewState[];
  callbacks(): MapCallbacks;
  isDestroyed: boolean;
}

/**
 * `fails`: no map is ever made, as in a browser without WebGL 2. `unreachableTimes`: the first tries fail as
 * when the map's code cannot be fetched, later ones succeed.
 */
export function makeFakeMap(options: { fails?: boolean; unreachableTimes?: number } = {}): FakeMap {
  let saved: MapCallbacks | null = null;
  let unreachable = options.unreachableTimes ?? 0;
  const fake: FakeMap = {
    states: [],
    isDestroyed: false,
    callbacks() {
      if (!saved) throw new Error('the map was never created');
      return saved;
    },
    create: async (container, callbacks) => {
      if (options.fails) throw new Error('WebGL 2 is not available');
      if (unreachable > 0) {
        unreachable -= 1;
        throw new MapCodeUnreachable('Failed to fetch dynamically imported module');
      }
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
