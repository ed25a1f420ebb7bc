import type { LoadError } from '../data/load.ts';
import type { Context, Perpetrator, Precision, Violation } from '../data/vocabulary.ts';
import type { RangeNotice } from '../model/day-range.ts';
import type { KeyDateId } from '../model/key-dates.ts';

/** The languages of the UI: Spanish first (Peru's audience), then English. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every string the UI shows. Components read these; they hold no text of their own. */
export interface Messages {
  languageName: string;
  appTitle: string;
  appSubtitle: string;
  loading: string;
  errorTitle: string;
  loadError: (error: LoadError) => string;
  retry: string;
  mapUnavailable: string;
  mapLabel: string;
  panelShow: string;
  panelHide: string;
  languageLabel: string;
  totalsHeading: string;
  killed: string;
  injured: string;
  incidents: string;
  problemsNotice: (count: number) => string;
  problemsDetails: string;
  legendHeading: string;
  legendColour: string;
  legendSize: string;
  legendCluster: string;
  clusterTooltip: (incidents: string, killed: string, injured: string) => string;
  detailsHeading: string;
  detailsClose: string;
  detailsEmpty: string;
  date: string;
  place: string;
  department: string;
  precision: string;
  violations: string;
  perpetrator: string;
  context: string;
  victims: string;
  age: (years: string) => string;
  sources: string;
  listHeading: string;
  listItem: (place: string, killed: string, injured: string) => string;
  listMore: (next: string, remaining: string) => string;
  timelineLabel: string;
  rangeStart: string;
  rangeEnd: string;
  rangeWindow: string;
  rangeSummary: (shown: string, total: string) => string;
  histogramLabel: string;
  play: string;
  pause: string;
  speedLabel: string;
  speed: (days: number) => string;
  keyDatesLabel: string;
  keyDates: Record<KeyDateId, string>;
  rangeNotice: Record<RangeNotice, string>;
  dismiss: string;
  violationNames: Record<Violation, string>;
  contextNames: Record<Context, string>;
  perpetratorNames: Record<Perpetrator, string>;
  precisionNames: Record<Precision, string>;
}

/** The attribution the boundary licences require, shown in the map's attribution control in every language. */
export const BASEMAP_ATTRIBUTION = 'Límites: INEI · Basemap: Natural Earth';
