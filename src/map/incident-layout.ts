import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapFeatureCollection, MapFeatureProperties } from '../model/clusters/map-features.ts';

/**
 * What the map's worker lays out for the incidents, and what changes without it.
 *
 * A timeline step or a filter changes how many incidents, people killed and people injured each cluster holds,
 * not where the clusters are (they sit at their cell's all-time centroid). Handing MapLibre new GeoJSON for that
 * makes its worker lay every tile out again and the map draw several frames (at 1M incidents, 3–4 against 1).
 * So the incidents are laid out once per set of places; the figures then go to the map as feature state, which
 * it applies in the next frame without the worker:
 * - the incidents source holds each cluster and incident with a numeric `id`, their figures at layout time as
 *   properties, and takes a cluster's `{ incidents, killed, injured }` as state;
 * - a cluster's label (its people killed) is drawn from digit features in the same source. Labels are layout
 *   properties in MapLibre, which feature state cannot change; so a label's digits are symbols of their own,
 *   and once a cluster has its candidates (its label's length and one less, each position, each digit 0–9, at
 *   its offset from the centre), a step shows and hides them through the state `{ on }`. A new layout lays
 *   out only the digits shown, so that a move of the map costs the worker no more than the labels it draws;
 *   the candidates come after (`layoutDigits`), once the map is idle or at the first step that needs them.
 * A collection with other places than the layout's (one more, one less, one moved, a single incident instead of
 * a cluster) is laid out anew (`layoutIncidents`). Places that come and go are laid out, not hidden by state:
 * town names are placed clear of the bubbles laid out, and would stay missing around a bubble no longer drawn.
 */

/** One digit of a cluster's label: the character, its slot (`labelSlot`) and whether it shows at layout time. */
export interface DigitProperties {
  kind: 'digit';
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
  /** For a cluster: the figures it shows now, the id of its first digit, the label lengths it can show. */
  shown: Figures | null;
  firstDigit: number;
  shortest: number;
  longest: number;
}

export interface IncidentLayout {
  incidents: FeatureCollection<Point, MapFeatureProperties>;
  digits: FeatureCollection<Point, DigitProperties>;
  places: ReadonlyMap<string, Place>;
  /** Whether the digits laid out are every cluster's candidates, or only the digits shown. */
  hasCandidates: boolean;
  /** The id after the last one this layout uses: the next layout starts there. */
  nextId: number;
}

/** What `stateChanges` returns: the states to set, and whether the digits must be laid out with candidates. */
export interface StateUpdate {
  changes: StateChange[];
  needsDigits: boolean;
}

/** A feature state to set: on a bubble (cluster or incident) or on a label's digit. */
export interface StateChange {
  /** Which of the incidents source's features: a bubble, or a digit (the two are laid out apart). */
  source: 'incidents' | 'digits';
  id: number;
  state: Record<string, number | boolean>;
}

/**
 * What the incidents source holds for `layout`: its clusters and incidents, then its digits (one source, so
 * MapLibre's worker lays one set of tiles out, not two).
 */
export function sourceData(
  layout: IncidentLayout,
): FeatureCollection<Point, MapFeatureProperties | DigitProperties> {
  return { type: 'FeatureCollection', features: [...layout.incidents.features, ...layout.digits.features] };
}

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

/** The label lengths laid out for `label`: its own, and with candidates one digit less too. */
function lengthsOf(label: string, withCandidates: boolean): [number, number] {
  const longest = Math.min(MAX_DIGITS, label.length);
  return [withCandidates ? Math.max(1, longest - 1) : longest, longest];
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
 * Lays `collection` out with ids from `firstId` on: each feature as it is, with an id, and each cluster's label
 * as the digits it shows (no candidates: see layoutDigits). O(n).
 */
export function layoutIncidents(collection: MapFeatureCollection, firstId = 0): IncidentLayout {
  let nextId = firstId;
  const places = new Map<string, Place>();
  const incidents: Feature<Point, MapFeatureProperties>[] = [];
  for (const feature of collection.features) {
    const { properties } = feature;
    const key = keyOf(properties);
    if (places.has(key)) continue;
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const id = nextId;
    nextId += 1;
    incidents.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lng, lat] }, properties });
    const shown =
      properties.kind === 'cluster'
        ? { incidents: properties.incidents, killed: properties.killed, injured: properties.injured }
        : null;
    places.set(key, {
      id,
      lng,
      lat,
      fixed: fixedOf(properties),
      shown,
      firstDigit: -1,
      shortest: 0,
      longest: 0,
    });
  }
  const layout = {
    incidents: { type: 'FeatureCollection' as const, features: incidents },
    digits: { type: 'FeatureCollection' as const, features: [] },
    places,
    hasCandidates: false,
    nextId,
  };
  layoutDigits(layout, false);
  return layout;
}

/**
 * Lays the clusters' labels out again, with fresh ids from `layout.nextId`, for the figures each shows now:
 * with `withCandidates`, every candidate digit (those of the label on), else only the label's digits. Updates
 * `layout` in place. The candidates are the label's own length and one digit less: a step rarely changes a count
 * tenfold, and one that does lays the digits out again. O(clusters × d) for labels of d digits.
 */
export function layoutDigits(layout: IncidentLayout, withCandidates = true): void {
  const digits: Feature<Point, DigitProperties>[] = [];
  for (const place of layout.places.values()) {
    if (!place.shown) continue;
    const label = labelOf(place.shown.killed);
    [place.shortest, place.longest] = lengthsOf(label, withCandidates);
    place.firstDigit = layout.nextId;
    layout.nextId += labelSlot(place.longest + 1, 0) * 10;
    const on = new Set(labelIds(place.firstDigit, label));
    const push = (slot: number, digit: number) => {
      const id = digitId(place.firstDigit, slot, digit);
      digits.push({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
        properties: { kind: 'digit', digit: String(digit), slot, on: on.has(id) },
      });
    };
    if (!withCandidates) {
      for (const [position, char] of [...label].entries())
        push(labelSlot(label.length, position), Number(char));
      continue;
    }
    for (let length = place.shortest; length <= place.longest; length += 1) {
      for (let position = 0; position < length; position += 1) {
        for (let digit = 0; digit < 10; digit += 1) push(labelSlot(length, position), digit);
      }
    }
  }
  layout.digits = { type: 'FeatureCollection', features: digits };
  layout.hasCandidates = withCandidates;
}

/** How many digit features `layoutDigits` would lay out for `layout` with candidates. O(clusters). */
export function candidateCount(layout: IncidentLayout): number {
  let count = 0;
  for (const place of layout.places.values()) {
    if (!place.shown) continue;
    const [shortest, longest] = lengthsOf(labelOf(place.shown.killed), true);
    count += (labelSlot(longest + 1, 0) - labelSlot(shortest, 0)) * 10;
  }
  return count;
}

/**
 * The feature states that make `layout` show `collection`, or null when the layout cannot: other places (one
 * more, one less, one moved, a single incident with other figures). `needsDigits` when a label changes that
 * has no candidates laid out, or a length they lack: the digits are then to be laid out again
 * (layoutDigits), and no digit's state is sent. Records what is shown, so the next call sends only what changes
 * from there. O(n).
 */
export function stateChanges(layout: IncidentLayout, collection: MapFeatureCollection): StateUpdate | null {
  if (collection.features.length !== layout.places.size) return null;
  // As many features as places, each a different place of the layout: the same places.
  const seen = new Set<Place>();
  const next: [Place, Figures][] = [];
  for (const feature of collection.features) {
    const { properties } = feature;
    const place = layout.places.get(keyOf(properties));
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if (!place || seen.has(place) || place.lng !== lng || place.lat !== lat) return null;
    if (place.fixed !== fixedOf(properties)) return null;
    seen.add(place);
    if (properties.kind !== 'cluster') continue;
    next.push([
      place,
      { incidents: properties.incidents, killed: properties.killed, injured: properties.injured },
    ]);
  }
  const changes: StateChange[] = [];
  const digitChanges: StateChange[] = [];
  let needsDigits = false;
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
    place.shown = after;
    const [wasLabel, isLabel] = [labelOf(before.killed), labelOf(after.killed)];
    if (wasLabel === isLabel || needsDigits) continue;
    if (!layout.hasCandidates || isLabel.length > place.longest || isLabel.length < place.shortest) {
      needsDigits = true;
      continue;
    }
    const wasOn = labelIds(place.firstDigit, wasLabel);
    const isOn = labelIds(place.firstDigit, isLabel);
    for (const id of wasOn)
      if (!isOn.includes(id)) digitChanges.push({ source: 'digits', id, state: { on: false } });
    for (const id of isOn)
      if (!wasOn.includes(id)) digitChanges.push({ source: 'digits', id, state: { on: true } });
  }
  return { changes: needsDigits ? changes : [...changes, ...digitChanges], needsDigits };
}
