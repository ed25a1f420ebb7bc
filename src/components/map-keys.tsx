import type { Incident } from '../data/schema.ts';
import { formatDay } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';

/** At most this many visible clusters and points get a key stop; the panel's list holds every incident. */
export const MAP_KEYS_LIMIT = 40;

interface MapKeysProps {
  features: MapFeatureCollection;
  findIncident(id: string): Incident | undefined;
  onSelect(id: string): void;
  onExpand(cell: number, zoom: number, lng: number, lat: number): void;
}

/**
 * The keyboard's way to what the map shows: one button per visible cluster and incident (Tab moves through
 * them; they show over the map while focused), each named with its place, date and figures. Enter opens an
 * incident or zooms into a cluster, as a click would.
 */
export function MapKeys({ features, findIncident, onSelect, onExpand }: MapKeysProps) {
  const { language, messages } = useI18n();
  const shown = features.features.slice(0, MAP_KEYS_LIMIT);
  return (
    <nav className="map-keys" aria-label={messages.mapKeysLabel} data-testid="map-keys">
      <ul>
        {shown.map((feature) => {
          const properties = feature.properties;
          const [lng, lat] = feature.geometry.coordinates as [number, number];
          if (properties.kind === 'cluster') {
            return (
              <li key={`c${properties.cell}-${properties.zoom}`}>
                <button type="button" onClick={() => onExpand(properties.cell, properties.zoom, lng, lat)}>
                  {messages.mapKeysCluster(properties.incidents, properties.killed, properties.injured)}
                </button>
              </li>
            );
          }
          const incident = findIncident(properties.id);
          if (!incident) return null;
          return (
            <li key={incident.id}>
              <button type="button" data-incident-id={incident.id} onClick={() => onSelect(incident.id)}>
                {`${messages.listItem(incident.place, incident.killed, incident.injured)} · ${formatDay(incident.date, language)}`}
              </button>
            </li>
          );
        })}
        {features.features.length > shown.length ? (
          <li>{messages.mapKeysMore(features.features.length - shown.length)}</li>
        ) : null}
      </ul>
    </nav>
  );
}
