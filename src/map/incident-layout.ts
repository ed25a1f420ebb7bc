import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapFeatureCollection, MapFeatureProperties } from '../model/clusters/map-features.ts';

/**
 * What the map's worker lays out for the incidents, and what changes without it.
 *
 * A timeline step or a filter changes how many incidents, people killed and people injured each cluster holds,
 * not where the clusters are (they sit at their cell's all-time centroid). Handing MapLibre new GeoJSON for that
 * makes its worker lay every tile out again and the map draw several frames (at 1M incidents, 3–4 against 1).
 * So the incidents are laid out once per set of places; the figures, and which of the laid-out features show,
 * then go to the map as feature state, which it applies in the next frame without the worker:
 * - the incidents source holds each cluster and incident with a numeric `id`, their figures at layout time as
 *   properties, and takes a cluster's `{ incidents, killed, injured }` as state;
 * - a cluster's label (its people killed) is drawn from the digits source: for each length up to the cluster's
 *   capacity, each position and each digit 0–9, one symbol at its offset, shown by the state `{ on }`. Labels
 *   are layout properties in MapLibre, which feature state cannot change; ten candidate digits can be shown or not.
 * A collection with other places than the layout's (one more, one less, one moved, a single incident instead of
 * a cluster), or a label longer than a cluster's capacity, is laid out anew (`layoutIncidents`). Places that
 * come and go are laid out, not hidden: town names are placed around the bubbles laid out, and would stay
 * hidden under a bubble no longer drawn.
 */

/** One digit of a cluster's label: the character, its slot (`labelSlot`) and whether it shows at layout time. */
export interface DigitProperties {
  digit: string;
  slot: number;
  on: boolean;
}

/** The figures a cluster shows. */
interface Figures {
  incidents: number;
  killed: number;
  injured: number;
}

interface Place {
  id: number;
  lng: number;
  lat: number;
  /** For a single incident, its own figures and severity: they never change, so a change means a new layout. */
  fixed: string | null;
  /** For a cluster: the id of its first digit, the longest label it can show and the figures it shows now. */
  firstDigit: number;
  capacity: number;
  shown: Figures | null;
}

export interface IncidentLayout {
  incidents: FeatureCollection<Point, MapFeatureProperties>;
  digits: FeatureCollection<Point, DigitProperties>;
  places: ReadonlyMap<string, Place>;
  /** The id after the last one this layout uses: the next layout starts there. */
  nextId: number;
}

/** A feature state to set: on the incidents source or on the digits source. */
export interface StateChange {
  source: 'incidents' | 'digits';
  id: number;
  state: Record<string, number | boolean>;
}

/** Labels grow by one digit before a new layout is needed (counts can grow tenfold before one is). */
const SPARE_DIGITS = 1;
/** The longest label a cluster can show: 2^53 has 16 digits. */
const MAX_DIGITS = 16;

/** The slot of the digit at `position` (from the left) of a label `length` digits long: 0, 1, 2, 3, … */
export function labelSlot(length: number, position: number): number {
  return (length * (length - 1)) / 2 + position;
}

/**
 * The horizontal offset of each slot's digit from the cluster's centre, in ems, for digits `digitEm` wide:
 * the label's digits side by side, centred. Index: the slot.
 */
export function slotOffsets(digitEm: number, maxDigits = MAX_DIGITS): number[] {
  const offsets: number[] = [];
  for (let length = 1; length <= maxDigits; length += 1) {
    for (let position = 0; position < length; position += 1) {
      offsets[labelSlot(length, position)] = (position - (length - 1) / 2) * digitEm;
    }
  }
  return offsets;
}

/** The label of a cluster: its people killed, in digits. */
function labelOf(killed: number): string {
  return String(Math.max(0, Math.round(killed)));
}

/** The id of the digit feature showing `digit` in slot `slot` of a cluster whose digits start at `firstDigit`. */
function digitId(firstDigit: number, slot: number, digit: number): number {
  return firstDigit + slot * 10 + digit;
}

/** The digit features' ids that draw `label`. */
function labelIds(firstDigit: number, label: string): number[] {
  return [...label].map((char, position) =>
    digitId(firstDigit, labelSlot(label.length, position), Number(char)),
  );
}

function keyOf(properties: MapFeatureProperties): string {
  return properties.kind === 'cluster' ? `c${properties.zoom}:${properties.cell}` : `i${properties.id}`;
}

function fixedOf(properties: MapFeatureProperties): string | null {
  return properties.kind === 'incident'
    ? `${properties.killed}|${properties.injured}|${properties.severity}`
    : null;
}

/**
 * Lays `collection` out with ids from `firstId` on: each feature as it is, with an id; each cluster's label
 * as candidate digits, those of its current label on. O(n + clusters × capacity²).
 */
export function layoutIncidents(collection: MapFeatureCollection, firstId = 0): IncidentLayout {
  let nextId = firstId;
  const places = new Map<string, Place>();
  const incidents: Feature<Point, MapFeatureProperties>[] = [];
  const digits: Feature<Point, DigitProperties>[] = [];
  for (const feature of collection.features) {
    const { properties } = feature;
    const key = keyOf(properties);
    if (places.has(key)) continue;
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const id = nextId;
    nextId += 1;
    incidents.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lng, lat] }, properties });
    const place: Place = {
      id,
      lng,
      lat,
      fixed: fixedOf(properties),
      firstDigit: -1,
      capacity: 0,
      shown: null,
    };
    if (properties.kind === 'cluster') {
      const label = labelOf(properties.killed);
      place.capacity = Math.min(MAX_DIGITS, label.length + SPARE_DIGITS);
      place.firstDigit = nextId;
      nextId += labelSlot(place.capacity + 1, 0) * 10;
      const on = new Set(labelIds(place.firstDigit, label));
      for (let length = 1; length <= place.capacity; length += 1) {
        for (let position = 0; position < length; position += 1) {
          const slot = labelSlot(length, position);
          for (let digit = 0; digit < 10; digit += 1) {
            const digitFeature = digitId(place.firstDigit, slot, digit);
            digits.push({
              type: 'Feature',
              id: digitFeature,
              geometry: { type: 'Point', coordinates: [lng, lat] },
              properties: { digit: String(digit), slot, on: on.has(digitFeature) },
            });
          }
        }
      }
      place.shown = {
        incidents: properties.incidents,
        killed: properties.killed,
        injured: properties.injured,
      };
    }
    places.set(key, place);
  }
  return {
    incidents: { type: 'FeatureCollection', features: incidents },
    digits: { type: 'FeatureCollection', features: digits },
    places,
    nextId,
  };
}

/**
 * The feature states that make `layout` show `collection`, or null when the layout cannot: other places (one
 * more, one less, one moved, a single incident with other figures) or a label longer than its cluster's
 * capacity. Records what is shown, so the next call sends only what changes from there. O(n).
 */
export function stateChanges(layout: IncidentLayout, collection: MapFeatureCollection): StateChange[] | null {
  if (collection.features.length !== layout.places.size) return null;
  const next: [Place, Figures][] = [];
  for (const feature of collection.features) {
    const { properties } = feature;
    const place = layout.places.get(keyOf(properties));
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if (!place || place.lng !== lng || place.lat !== lat || place.fixed !== fixedOf(properties)) return null;
    if (properties.kind !== 'cluster') continue;
    if (labelOf(properties.killed).length > place.capacity) return null;
    next.push([
      place,
      { incidents: properties.incidents, killed: properties.killed, injured: properties.injured },
    ]);
  }
  // Equal lengths, and every feature a place of the layout: the same places, unless the collection repeats one.
  if (new Set(collection.features.map((feature) => keyOf(feature.properties))).size !== layout.places.size) {
    return null;
  }
  const changes: StateChange[] = [];
  for (const [place, after] of next) {
    const before = place.shown as Figures;
    if (
      before.incidents === after.incidents &&
      before.killed === after.killed &&
      before.injured === after.injured
    ) {
      continue;
    }
    changes.push({ source: 'incidents', id: place.id, state: { ...after } });
    const wasOn = labelIds(place.firstDigit, labelOf(before.killed));
    const isOn = labelIds(place.firstDigit, labelOf(after.killed));
    for (const id of wasOn)
      if (!isOn.includes(id)) changes.push({ source: 'digits', id, state: { on: false } });
    for (const id of isOn)
      if (!wasOn.includes(id)) changes.push({ source: 'digits', id, state: { on: true } });
    place.shown = after;
  }
  return changes;
}
