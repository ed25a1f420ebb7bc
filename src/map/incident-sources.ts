import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import {
  candidateCount,
  type IncidentLayout,
  layoutDigits,
  layoutIncidents,
  sourceData,
  stateChanges,
} from './incident-layout.ts';
import { DEFAULT_DIGIT_EM, INCIDENT_SOURCE } from './style.ts';

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

/**
 * The ids given feature state in one layout of the bubbles or of the digits. Each layout takes fresh ids, so the
 * states of the layout before keep applying to its tiles until the new ones are drawn; they are removed one
 * layout later.
 */
class StatedIds {
  private current = new Set<number>();
  private before = new Set<number>();
  private readonly map: MapLibreMap;
  private readonly source: string;

  constructor(map: MapLibreMap, source: string) {
    this.map = map;
    this.source = source;
  }

  set(id: number, state: Record<string, number | boolean>): void {
    this.map.setFeatureState({ source: this.source, id }, state);
    this.current.add(id);
  }

  /** The source is being laid out again: forgets the states of the layout before the current one. */
  relaid(): void {
    for (const id of this.before) this.map.removeFeatureState({ source: this.source, id });
    this.before = this.current;
    this.current = new Set();
  }
}

/**
 * The most candidate digits laid out ahead, once the map has drawn a new layout: a few thousand symbols
 * cost MapLibre's worker a few hundred ms on the 2-core machine. More (a view of a hundred clusters at 1M
 * incidents, about 8,000) would add half as much again to every move of the map; those wait for the first step
 * that changes a label.
 */
const CANDIDATES_AHEAD = 4000;

/**
 * The map's incidents source: its bubbles and their labels' digits (see incident-layout.ts). A collection the
 * current layout can show goes to the map as feature state, drawn in the next frame; any other is laid out
 * anew by MapLibre's worker, its labels as the digits shown. The clusters' candidate digits follow once the
 * map has drawn it when they are few (CANDIDATES_AHEAD), else with the first step that changes a label; from
 * then on a step needs no layout.
 */
export class IncidentSources {
  private readonly map: MapLibreMap;
  private layout: IncidentLayout | null;
  private readonly incidentStates: StatedIds;
  private readonly digitStates: StatedIds;

  constructor(map: MapLibreMap, layout: IncidentLayout | null = null) {
    this.map = map;
    this.layout = layout;
    this.incidentStates = new StatedIds(map, INCIDENT_SOURCE);
    this.digitStates = new StatedIds(map, INCIDENT_SOURCE);
  }

  /** The first layout, for the style: its sources then hold these incidents from the start. */
  static initialLayout(collection: MapFeatureCollection | null): IncidentLayout | null {
    return collection ? layoutIncidents(collection) : null;
  }

  /** Shows `collection`: as feature states when the layout allows, else by handing the worker a new layout. */
  show(collection: MapFeatureCollection): void {
    const update = this.layout ? stateChanges(this.layout, collection) : null;
    if (this.layout && update) {
      for (const { source, id, state } of update.changes) {
        (source === 'digits' ? this.digitStates : this.incidentStates).set(id, state);
      }
      if (update.needsDigits) this.layDigitsOut(this.layout);
      return;
    }
    this.incidentStates.relaid();
    this.digitStates.relaid();
    const layout = layoutIncidents(collection, this.layout?.nextId ?? 0);
    this.layout = layout;
    this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData(sourceData(layout));
  }

  /**
   * Lays the candidate digits out if the layout shown has none and they are few: for the map to call once it
   * has drawn what the reader asked for, so that they never hold that back.
   */
  addCandidates(): void {
    const layout = this.layout;
    if (layout && !layout.hasCandidates && candidateCount(layout) <= CANDIDATES_AHEAD)
      this.layDigitsOut(layout);
  }

  private layDigitsOut(layout: IncidentLayout): void {
    this.digitStates.relaid();
    layoutDigits(layout);
    this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData(sourceData(layout));
  }
}
