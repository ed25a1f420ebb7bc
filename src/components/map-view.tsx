import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Incident } from '../data/schema.ts';
import { formatDay } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type {
  CreateMap,
  MapCodeUnreachable,
  MapHandle,
  MapHover,
  MapRegionsState,
  MapViewport,
} from '../map/map-port.ts';
import type { MapCamera } from '../model/clusters/map-camera.ts';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import type { Totals } from '../model/time/totals.ts';
import { MapKeys } from './map-keys.tsx';

/** A department's name and its figures in the current selection, for the map tooltip. */
export type DescribeRegion = (iso: string) => { name: string; totals: Totals | undefined } | undefined;

interface MapViewProps {
  features: MapFeatureCollection;
  regions: MapRegionsState;
  initialCamera: MapCamera | null;
  selectedId: string | null;
  createMap: CreateMap;
  findIncident(id: string): Incident | undefined;
  onSelect(id: string): void;
  onRegionClick(iso: string): void;
  describeRegion: DescribeRegion;
  onViewportChange(viewport: MapViewport): void;
  expansionZoomOf(cell: number, zoom: number): number;
  /** In an article: the scroll wheel zooms only after the reader has clicked the map. */
  isEmbed?: boolean;
  /** Told of the map handle once the map exists, and of null when it is gone (for image export). */
  onHandle?(handle: MapHandle | null): void;
}

/**
 * Hosts the map behind the MapHandle port and the hover tooltip. The map is created once; every later render
 * only calls update() with the new declarative state.
 */
export function MapView(props: MapViewProps) {
  const { features, regions, selectedId, createMap, findIncident, describeRegion } = props;
  const { messages } = useI18n();
  const containerRef = useRef<HTMLElement>(null);
  const handleRef = useRef<MapHandle | null>(null);
  const latest = useRef({ ...props });
  latest.current = { ...props };
  const [hover, setHover] = useState<MapHover | null>(null);
  // Why the map cannot be shown: its code could not be fetched (a Try again asks again), or no WebGL 2.
  const [failure, setFailure] = useState<'unreachable' | 'unsupported' | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The map is created once, with the language of that moment; a later switch relabels its controls.
  const locale = useRef(messages.mapLocale);
  locale.current = messages.mapLocale;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for another try after a failure.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let isCancelled = false;
    createMap(container, {
      onSelect: (id) => latest.current.onSelect(id),
      onRegionClick: (iso) => latest.current.onRegionClick(iso),
      onHover: setHover,
      onViewportChange: (viewport) => latest.current.onViewportChange(viewport),
      expansionZoomOf: (cell, zoom) => latest.current.expansionZoomOf(cell, zoom),
      initialCamera: latest.current.initialCamera,
      isEmbed: latest.current.isEmbed,
      locale: locale.current,
    }).then(
      (handle) => {
        if (isCancelled) {
          handle.destroy();
          return;
        }
        handleRef.current = handle;
        handle.setLocale?.(locale.current);
        latest.current.onHandle?.(handle);
        const { features, selectedId, regions } = latest.current;
        const incident = selectedId ? latest.current.findIncident(selectedId) : undefined;
        const selectedPoint: [number, number] | null = incident ? [incident.lng, incident.lat] : null;
        handle.update({ features, selectedId, selectedPoint, regions });
      },
      (error: unknown) => {
        const isUnreachable = (error as Partial<MapCodeUnreachable> | null)?.reason === 'unreachable';
        if (!isCancelled) setFailure(isUnreachable ? 'unreachable' : 'unsupported');
      },
    );
    return () => {
      isCancelled = true;
      handleRef.current?.destroy();
      handleRef.current = null;
      latest.current.onHandle?.(null);
    };
  }, [createMap, attempt]);

  useEffect(() => {
    handleRef.current?.setLocale?.(messages.mapLocale);
  }, [messages.mapLocale]);

  const selected = selectedId ? findIncident(selectedId) : undefined;
  const lng = selected?.lng;
  const lat = selected?.lat;
  // Before the browser draws the page's changes, not after: the map's worker starts on new incidents while the
  // panels are laid out and painted, instead of a frame later.
  useLayoutEffect(() => {
    const selectedPoint: [number, number] | null = lng !== undefined && lat !== undefined ? [lng, lat] : null;
    handleRef.current?.update({ features, selectedId, selectedPoint, regions });
  }, [features, selectedId, lng, lat, regions]);

  return (
    <div className="map-wrap">
      <section
        ref={containerRef}
        className="map"
        data-testid="map"
        aria-label={messages.mapLabel}
        // Shown (styles.css) until the map marks itself drawn with data-shown; not where it cannot be drawn.
        data-loading-label={failure ? undefined : messages.mapLoading}
      />
      <MapKeys
        features={features}
        findIncident={findIncident}
        onSelect={props.onSelect}
        onExpand={(cell, zoom, lng, lat) => handleRef.current?.expandCluster?.(cell, zoom, lng, lat)}
      />
      {failure ? (
        <div className="map-unavailable" role="alert">
          <p>{failure === 'unreachable' ? messages.mapCodeUnreachable : messages.mapUnavailable}</p>
          {failure === 'unreachable' ? (
            <button
              type="button"
              onClick={() => {
                setFailure(null);
                setAttempt((count) => count + 1);
              }}
            >
              {messages.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      {hover ? (
        <MapTooltip hover={hover} findIncident={findIncident} describeRegion={describeRegion} />
      ) : null}
    </div>
  );
}

function MapTooltip({
  hover,
  findIncident,
  describeRegion,
}: {
  hover: MapHover;
  findIncident(id: string): Incident | undefined;
  describeRegion: DescribeRegion;
}) {
  const { language, messages } = useI18n();
  let text: string;
  if (hover.kind === 'region') {
    const region = describeRegion(hover.iso);
    if (!region) return null;
    text = messages.regionTooltip(
      region.name,
      region.totals?.killed ?? 0,
      region.totals?.injured ?? 0,
      region.totals?.incidents ?? 0,
    );
  } else if (hover.kind === 'cluster') {
    text = messages.clusterTooltip(hover.incidents, hover.killed, hover.injured);
  } else {
    const incident = findIncident(hover.id);
    if (!incident) return null;
    text = `${formatDay(incident.date, language)} · ${messages.listItem(
      incident.place,
      incident.killed,
      incident.injured,
    )}`;
  }
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      data-testid="map-tooltip"
      style={{ left: hover.x, top: hover.y }}
    >
      {text}
    </div>
  );
}
