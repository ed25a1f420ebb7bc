import { useMemo } from 'react';
import type { VideoSource } from '../../components/share/video-dialog.tsx';
import { DEPARTMENTS } from '../../data/departments.ts';
import { messagesFor } from '../../i18n/language.ts';
import type { Language } from '../../i18n/messages.ts';
import type { CreateVideoFrameRenderer, MapViewport } from '../../map/map-port.ts';
import { toMapFeatures } from '../../model/clusters/map-features.ts';
import { planVideo } from '../../model/export/video-plan.ts';
import type { IncidentModel } from '../../model/incident-model.ts';
import { departmentNumber } from '../../model/regions/assign-departments.ts';
import type { ChoroplethScale } from '../../model/regions/choropleth-scale.ts';
import type { Measure } from '../../model/regions/filters.ts';
import type { DayRange } from '../../model/time/day-range.ts';
import { ZERO_TOTALS } from '../../model/time/totals.ts';
import { BASEMAP_COLOURS, VIOLATION_COLOURS } from '../../theme/colours.ts';
import { imageFrame } from '../image-frame.ts';
import { supportedVideoFormats } from './frame-encoder.ts';
import type { VideoScene } from './video-export.ts';

/** The colours of the frame's text and swatch borders (map-image.ts), which a GIF must keep crisp. */
const FRAME_COLOURS = ['#ffffff', '#1d1b18', '#5d5953', '#8d8a83'];

export interface VideoSourceInput {
  /** The filtered model (choropleth) and the focused one (clusters, figures), as useSelection gives them. */
  model: IncidentModel;
  focus: IncidentModel;
  scale: ChoroplethScale;
  range: DayRange;
  region: string | null;
  focusBox: [number, number, number, number] | null;
  measure: Measure;
  language: Language;
  /** Whether the page's map could be created: without WebGL there is no hidden map either. */
  hasMap: boolean;
}

/** The hidden map's module, loaded with the first clip (maplibre-gl itself is already loaded by the page). */
const createRenderer: CreateVideoFrameRenderer = async (options) => {
  const { createVideoFrameRenderer } = await import('../../map/video-frames.ts');
  return createVideoFrameRenderer(options);
};

/**
 * What the Video dialog needs to film the current view (range, department, filters, measure, language):
 * every frame's figures, map state and frame text come from the same model as the page's. Null without a map.
 */
export function useVideoSource(input: VideoSourceInput): VideoSource | null {
  const { model, focus, scale, range, region, focusBox, measure, language, hasMap } = input;
  return useMemo(() => {
    if (!hasMap) return null;
    const regionNumber = region === null ? -1 : departmentNumber(region);
    const messages = messagesFor(language);
    const totalsOf = (r: DayRange) =>
      regionNumber < 0
        ? model.time.totals(r.fromDay, r.toDay)
        : (model.time.totalsByRegion(r.fromDay, r.toDay)[regionNumber] ?? ZERO_TOTALS);
    const scene: VideoScene = {
      range,
      region,
      fitBox: focusBox,
      totalsOf,
      mapStateOf: (r: DayRange, viewport: MapViewport) => {
        const byRegion = model.time.totalsByRegion(r.fromDay, r.toDay);
        const fills = Object.fromEntries(
          DEPARTMENTS.map((department, k) => [department.iso, scale.colourOf(byRegion[k]?.[measure] ?? 0)]),
        );
        const items = focus.clusters.query({ ...r, zoom: viewport.zoom, bbox: viewport.bbox });
        return {
          features: toMapFeatures(items, focus.incidents),
          selectedId: null,
          regions: { fills, focused: region, focusBox: null },
        };
      },
      frameOf: (r, totals) => imageFrame(messages, language, r, region, measure, scale, totals),
      fixedColours: [
        ...FRAME_COLOURS,
        scale.zeroColour,
        ...scale.classes.map((item) => item.colour),
        ...Object.values(VIOLATION_COLOURS),
        ...Object.values(BASEMAP_COLOURS),
      ],
    };
    return {
      formats: supportedVideoFormats,
      frameCount: (step) =>
        planVideo({ range, region, step, format: 'mp4', paceMs: 1 }, () => ZERO_TOTALS).frames.length,
      // The export loop (and through it the encoders) loads when a video is started.
      start: async (request, onProgress, signal) => {
        const { exportVideo } = await import('./video-export.ts');
        return exportVideo(scene, request, createRenderer, onProgress, signal);
      },
    };
  }, [model, focus, scale, range, region, focusBox, measure, language, hasMap]);
}
