import type { LoadError } from '../data/load.ts';
import type { Cause } from '../data/schema.ts';
import type { Context, Perpetrator, Precision, Violation } from '../data/vocabulary.ts';
import type { VideoFormat, VideoSizeId, VideoStep } from '../model/export/video-plan.ts';
import type { PersonRole } from '../model/people/people-in-view.ts';
import type { PublishedFigure } from '../model/people/published-figures.ts';
import type { Measure } from '../model/regions/filters.ts';
import type { RangeNotice } from '../model/time/day-range.ts';
import type { KeyDateId } from '../model/time/key-dates.ts';

/** The languages of the UI: Spanish first (Peru's audience), then English. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every string the UI shows. Components read these; they hold no text of their own. */
export interface Messages {
  languageName: string;
  appTitle: string;
  appSubtitle: string;
  loading: string;
  /** The line under the opening figures, before the app starts: what the data is and when it was updated. */
  sourceLine(updated: string): string;
  /** Bytes and incidents read so far while loading, both already formatted. */
  loadingProgress: (read: string, incidents: string) => string;
  cancelLoad: string;
  errorTitle: string;
  loadError: (error: LoadError) => string;
  retry: string;
  /** The title over renderError: the page failed while drawing (not the data). */
  renderErrorTitle: string;
  renderError: (detail: string) => string;
  skipToPanel: string;
  liveSummary: (killed: number, injured: number, shown: number, total: number) => string;
  mapUnavailable: string;
  /** The map's code could not be fetched: said with a Try again. */
  mapCodeUnreachable: string;
  /** Over the map's place until its opening view is drawn. */
  mapLoading: string;
  mapLabel: string;
  mapKeysLabel: string;
  mapKeysCluster: (incidents: number, killed: number, injured: number) => string;
  mapKeysMore: (count: number) => string;
  /** MapLibre's own control labels (its `locale` option), by MapLibre's string ids. */
  mapLocale: Record<string, string>;
  panelShow: string;
  panelHide: string;
  languageLabel: string;
  totalsHeading: string;
  killed: string;
  injured: string;
  incidents: string;
  problemsNotice: (count: number) => string;
  problemsKept: (count: number) => string;
  problemsMetadata: string;
  problemsByKind: string;
  problemsFirst: (shown: number, total: number) => string;
  problemsDownload: (total: number) => string;
  problemsDetails: string;
  legendHeading: string;
  legendColour: string;
  legendSize: string;
  legendCluster: string;
  clusterTooltip: (incidents: number, killed: number, injured: number) => string;
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
  nameNotPublished: string;
  age: (years: number) => string;
  sources: string;
  listHeading: string;
  listItem: (place: string, killed: number, injured: number) => string;
  listMore: (next: number, remaining: number) => string;
  timelineLabel: string;
  rangeStart: string;
  rangeEnd: string;
  rangeWindow: string;
  rangeSummary: (shown: number, total: number) => string;
  histogramLabel: string;
  play: string;
  pause: string;
  speedLabel: string;
  speed: (days: number) => string;
  keyDatesLabel: string;
  keyDates: Record<KeyDateId, string>;
  rangeNotice: Record<RangeNotice, string>;
  dismiss: string;
  paramsNotice: (names: string) => string;
  about: string;
  aboutIntro: string;
  aboutLicence: (licence: string, updated: string) => string;
  citeHeading: string;
  citation: (title: string, updated: string, url: string) => string;
  readmeHeading: string;
  readmeLoading: string;
  /** A part of the page loaded on use (About's text, the video dialog) whose code could not be fetched. */
  partUnreachable: string;
  readmeError: string;
  /** The name of a wide table of the README that scrolls sideways in its own box. */
  markdownTableLabel: (columns: string) => string;
  downloadsHeading: string;
  downloadGeojson: string;
  downloadCsv: string;
  downloadPng: string;
  downloadShownNote: (count: number) => string;
  downloadFull: string;
  downloadReadme: string;
  downloadFailed: string;
  video: string;
  videoHeading: string;
  videoIntro: string;
  videoChecking: string;
  videoFormat: string;
  videoFormatNames: Record<VideoFormat, string>;
  videoSize: string;
  videoSizeNames: Record<VideoSizeId, string>;
  videoStep: string;
  videoStepNames: Record<VideoStep, string>;
  videoPace: string;
  videoPaceName: (seconds: string) => string;
  videoSummary: (frames: string, seconds: string) => string;
  videoStart: string;
  videoCancel: string;
  videoProgress: (done: string, total: string) => string;
  videoRemaining: (seconds: string) => string;
  videoDone: (fileName: string) => string;
  videoCancelled: string;
  videoFailed: string;
  share: string;
  shareHeading: string;
  shareLink: string;
  shareEmbedResponsive: string;
  shareEmbedFixed: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  openFullMap: string;
  embedScrollHint: string;
  filtersHeading: string;
  categoriesLabel: string;
  contextsLabel: string;
  perpetratorsLabel: string;
  selectAll: string;
  selectNone: string;
  categoryToggle: (name: string, count: number) => string;
  regionsHeading: string;
  regionsCaption: string;
  regionColumn: string;
  regionTotal: string;
  regionsEmpty: string;
  regionFocus: (name: string) => string;
  regionFocused: (name: string) => string;
  regionClear: string;
  sortBy: (column: string) => string;
  breakdownLabel: string;
  choroplethHeading: string;
  measureLabel: string;
  measureNames: Record<Measure, string>;
  choroplethZero: string;
  choroplethNote: string;
  regionTooltip: (name: string, killed: number, injured: number, incidents: number) => string;
  violationShortNames: Record<Violation, string>;
  violationNames: Record<Violation, string>;
  contextNames: Record<Context, string>;
  perpetratorNames: Record<Perpetrator, string>;
  precisionNames: Record<Precision, string>;
  people: PeopleMessages;
}

/** The side panel's tabs and the "People killed" view. */
export interface PeopleMessages {
  tabsLabel: string;
  tabOverview: string;
  tabPeople: string;
  heading: string;
  intro: (count: string) => string;
  empty: string;
  listLabel: string;
  dayHeading: (day: string, count: string) => string;
  notRecorded: string;
  died: (day: string) => string;
  showOnMap: string;
  showOnMapLabel: (name: string, place: string) => string;
  uncounted: (count: string) => string;
  figuresHeading: string;
  byRole: string;
  byCause: string;
  minors: string;
  firearm: string;
  recorded: (named: string, withAge: string, withCause: string, total: string) => string;
  publishedNote: string;
  published: Record<PublishedFigure['id'], string>;
  roleNames: Record<PersonRole, string>;
  causeNames: Record<Cause, string>;
  downloadCsv: string;
}

/** The attribution the boundary licences require, shown in the map's attribution control in every language. */
export const BASEMAP_ATTRIBUTION =
  'Límites: INEI · Costas, lagos y ríos: GSHHG · Poblados: GeoNames (CC BY 4.0)';

/** Maps narrower than this get the short attribution: the full one takes two lines over a phone's short map. */
export const SHORT_ATTRIBUTION_BELOW_PX = 560;

/**
 * The attribution for a map `widthPx` wide: on a narrow map the same three sources and licence, without what
 * each provides, so that it keeps to one line instead of covering the bottom of the map.
 */
export function basemapAttribution(widthPx: number): string {
  return widthPx < SHORT_ATTRIBUTION_BELOW_PX ? 'INEI · GSHHG · GeoNames (CC BY 4.0)' : BASEMAP_ATTRIBUTION;
}
