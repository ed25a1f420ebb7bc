import type * as maplibregl from 'maplibre-gl';
import type { MapCallbacks } from './map-port.ts';
import { LAYER } from './style.ts';

/** What the pointer's clicks do besides reporting them through the callbacks. */
export interface PointerActions {
  /** An incident's point was clicked (it is then selected through `onSelect`). */
  onIncidentClick(id: string): void;
  /** A cluster was clicked: zoom into it. */
  expandCluster(cell: number, clusterZoom: number, lng: number, lat: number): void;
}

/**
 * The reader's pointer on the map: a click on a cluster zooms into it, on an incident selects it, elsewhere on a
 * department reports the department; moving reports what is under the pointer (cluster, incident, department)
 * and shows a pointer cursor over anything clickable.
 */
export function bindPointer(map: maplibregl.Map, callbacks: MapCallbacks, actions: PointerActions): void {
  const incidentAt = (point: maplibregl.PointLike) =>
    map.queryRenderedFeatures(point, { layers: [LAYER.points, LAYER.clusters] })[0];
  // Incidents and clusters aside: callers check those first.
  const regionAt = (point: maplibregl.PointLike): string | null => {
    const iso = map.queryRenderedFeatures(point, { layers: [LAYER.regions] })[0]?.properties?.iso_3166_2;
    return typeof iso === 'string' ? iso : null;
  };
  const setCursor = (cursor: string) => {
    const canvas = map.getCanvas();
    if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor;
  };
  map.on('click', LAYER.clusters, (event) => {
    const feature = event.features?.[0];
    if (feature?.geometry.type !== 'Point') return;
    const properties = feature.properties ?? {};
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    actions.expandCluster(Number(properties.cell), Number(properties.zoom), lng, lat);
  });
  map.on('click', LAYER.points, (event) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string') {
      actions.onIncidentClick(id);
      callbacks.onSelect(id);
    }
  });
  map.on('click', (event) => {
    const region = incidentAt(event.point) ? null : regionAt(event.point);
    if (region) callbacks.onRegionClick?.(region);
  });
  map.on('mousemove', ({ point }) => {
    const { x, y } = point;
    const feature = incidentAt(point);
    const properties = feature?.properties ?? {};
    if (feature && properties.kind === 'cluster') {
      setCursor('pointer');
      // Its figures now: the feature state a timeline step or a filter set, else those it was laid out with.
      const figure = (name: string) => Number(feature.state?.[name] ?? properties[name]) || 0;
      callbacks.onHover({
        kind: 'cluster',
        incidents: figure('incidents'),
        killed: figure('killed'),
        injured: figure('injured'),
        x,
        y,
      });
    } else if (feature && typeof properties.id === 'string') {
      setCursor('pointer');
      callbacks.onHover({ kind: 'incident', id: properties.id, x, y });
    } else {
      const iso = regionAt(point);
      setCursor(iso ? 'pointer' : '');
      callbacks.onHover(iso ? { kind: 'region', iso, x, y } : null);
    }
  });
  map.on('mouseout', () => {
    setCursor('');
    callbacks.onHover(null);
  });
}
