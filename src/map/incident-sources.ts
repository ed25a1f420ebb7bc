import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import { type IncidentLayout, layoutIncidents, stateChanges } from './incident-layout.ts';
import { DEFAULT_DIGIT_EM, DIGIT_SOURCE, INCIDENT_SOURCE } from './style.ts';

/**
 * The width of a digit in ems of the font MapLibre draws the labels with (the system's sans-serif, as the
 * page's canvas draws it): the widest of the ten, so no two digits of a label ever overlap.
 */
export function measureDigitEm(): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return DEFAULT_DIGIT_EM;
  context.font = '48px sans-serif';
  const widths = [...'0123456789'].map((digit) => context.measureText(digit).width / 48);
  const widest = Math.max(...widths);
  return widest > 0.3 && widest < 1 ? widest : DEFAULT_DIGIT_EM;
}

/** The ids given feature state in one layout, by source. */
interface Stated {
  incidents: Set<number>;
  digits: Set<number>;
}

const noneStated = (): Stated => ({ incidents: new Set(), digits: new Set() });

/**
 * The map's two incident sources (see incident-layout.ts): a collection the current layout can show goes to
 * the map as feature state, drawn in the next frame; any other is laid out anew by MapLibre's worker. Each
 * layout takes fresh ids, so the states of the one before keep applying to its tiles until the new ones are
 * drawn; they are removed one layout later.
 */
export class IncidentSources {
  private readonly map: MapLibreMap;
  private layout: IncidentLayout | null = null;
  /** The ids given state in the current layout, and in the one before it. */
  private stated = noneStated();
  private statedBefore = noneStated();

  constructor(map: MapLibreMap, layout: IncidentLayout | null = null) {
    this.map = map;
    this.layout = layout;
  }

  /** The first layout, for the style: its sources then hold these incidents from the start. */
  static initialLayout(collection: MapFeatureCollection | null): IncidentLayout | null {
    return collection ? layoutIncidents(collection) : null;
  }

  /** Shows `collection`: as feature states when the layout allows, else by handing the worker a new layout. */
  show(collection: MapFeatureCollection): void {
    const changes = this.layout ? stateChanges(this.layout, collection) : null;
    if (changes) {
      for (const change of changes) {
        this.map.setFeatureState(
          { source: change.source === 'digits' ? DIGIT_SOURCE : INCIDENT_SOURCE, id: change.id },
          change.state,
        );
        this.stated[change.source].add(change.id);
      }
      return;
    }
    for (const id of this.statedBefore.incidents)
      this.map.removeFeatureState({ source: INCIDENT_SOURCE, id });
    for (const id of this.statedBefore.digits) this.map.removeFeatureState({ source: DIGIT_SOURCE, id });
    this.statedBefore = this.stated;
    this.stated = noneStated();
    this.layout = layoutIncidents(collection, this.layout?.nextId ?? 0);
    this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData(this.layout.incidents);
    this.map.getSource<GeoJSONSource>(DIGIT_SOURCE)?.setData(this.layout.digits);
  }
}
