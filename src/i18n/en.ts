import { countNoun, formatCount } from './format.ts';
import type { Messages } from './messages.ts';

const incidents = (n: number) => countNoun(n, 'en', { one: 'incident', other: 'incidents' });
const killed = (n: number) => `${formatCount(n, 'en')} killed`;
const injured = (n: number) => `${formatCount(n, 'en')} injured`;

export const en: Messages = {
  languageName: 'English',
  appTitle: 'Peru: deaths, injuries and rights violations in the protests',
  appSubtitle: 'December 2022 – March 2023',
  loading: 'Loading incidents…',
  sourceLine: (updated) => `Data: incidents documented from public sources · CC BY 4.0 · updated ${updated}`,
  loadingProgress: (read, incidents) => `${read} read · ${incidents} incidents`,
  cancelLoad: 'Cancel',
  errorTitle: 'The data could not be loaded',
  loadError: (error) => {
    switch (error.kind) {
      case 'network':
        return `The server could not be reached (${error.detail}).`;
      case 'cancelled':
        return 'Loading the data was cancelled.';
      case 'missing':
        return `The data file was not found (${error.url}).`;
      case 'http':
        return `The server answered with error ${error.status}.`;
      case 'json':
        return `The data file is not valid JSON (${error.detail}).`;
      case 'shape':
        return 'The data file is not a GeoJSON collection of incidents (FeatureCollection).';
      case 'pack':
        return `The data file looks like an incident pack (Apache Arrow) but cannot be read: ${error.detail}.`;
    }
  },
  retry: 'Try again',
  renderErrorTitle: 'The page could not be shown',
  renderError: (detail) => `The page failed while drawing (${detail}).`,
  skipToPanel: 'Skip the map, go to the panel',
  liveSummary: (dead, hurt, shown, total) =>
    `${killed(dead)}, ${injured(hurt)}; ${formatCount(shown, 'en')} of ${incidents(total)}.`,
  mapUnavailable:
    'The map cannot be shown in this browser (WebGL 2 is needed). The list of incidents is still available.',
  mapCodeUnreachable:
    'The map could not be loaded: the connection failed. The list of incidents is still available.',
  mapLoading: 'Loading the map…',
  mapLocale: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
  },
  mapKeysLabel: 'Incidents and groups visible on the map',
  mapKeysCluster: (count, dead, hurt) =>
    `Group of ${incidents(count)}: ${killed(dead)}, ${injured(hurt)}; Enter zooms in`,
  mapKeysMore: (count) =>
    `And ${countNoun(count, 'en', { one: 'more point', other: 'more points' })}: zoom in or use the list in the panel`,
  mapLabel: 'Map of incidents in Peru',
  panelShow: 'Show panel',
  panelHide: 'Hide panel',
  languageLabel: 'Language',
  totalsHeading: 'Totals',
  killed: 'People killed',
  injured: 'People injured',
  incidents: 'Incidents',
  problemsNotice: (count) =>
    count === 1
      ? '1 incident could not be shown:'
      : `${formatCount(count, 'en')} incidents could not be shown:`,
  problemsKept: (count) =>
    `${incidents(count)} ${count === 1 ? 'is' : 'are'} shown with a warning (point and department disagree, or the point lies outside Peru's land):`,
  problemsMetadata: "The file's metadata has problems; the citation is incomplete.",
  problemsByKind: 'Problems by field',
  problemsFirst: (shown, total) =>
    `The first ${formatCount(shown, 'en')} of ${countNoun(total, 'en', { one: 'problem', other: 'problems' })}:`,
  problemsDownload: (total) =>
    `Download ${total === 1 ? 'the problem' : `all ${formatCount(total, 'en')} problems`} (text)`,
  problemsDetails: 'See the problems',
  legendHeading: 'Legend',
  legendColour: "Colour: the incident's most severe violation",
  legendSize: 'Point size: people killed and injured',
  legendCluster: 'Bubble: a group of incidents; the number is the people killed',
  clusterTooltip: (count, dead, hurt) => `${incidents(count)} · ${killed(dead)} · ${injured(hurt)}`,
  detailsHeading: 'Incident details',
  detailsClose: 'Close details',
  detailsEmpty: 'Select a point on the map or an incident in the list to see its details and sources.',
  date: 'Date',
  place: 'Place',
  department: 'Department',
  precision: 'Location precision',
  violations: 'Rights violations',
  perpetrator: 'Responsible, according to the sources',
  context: 'Context',
  victims: 'People killed',
  nameNotPublished: 'name not published',
  age: (years) => `${countNoun(years, 'en', { one: 'year', other: 'years' })} old`,
  sources: 'Sources',
  listHeading: 'All incidents',
  listMore: (next, remaining) =>
    `Show ${formatCount(next, 'en')} more (${formatCount(remaining, 'en')} left)`,
  listItem: (place, dead, hurt) => `${place}: ${killed(dead)}, ${injured(hurt)}`,
  timelineLabel: 'Timeline',
  rangeStart: 'Start of the period shown',
  rangeEnd: 'End of the period shown',
  rangeWindow: 'Period shown: drag it to move it',
  rangeSummary: (shown, total) => `${formatCount(shown, 'en')} of ${incidents(total)}`,
  histogramLabel: 'Incidents per day; click a day to show it alone',
  play: 'Play the timeline',
  pause: 'Pause the timeline',
  speedLabel: 'Speed',
  speed: (days) => (days === 1 ? '1 day per second' : `${days} days per second`),
  keyDatesLabel: 'Key dates',
  keyDates: {
    castillo: 'Castillo removed',
    andahuaylas: 'Andahuaylas',
    ayacucho: 'Ayacucho',
    juliaca: 'Juliaca',
    sanMarcos: 'San Marcos',
    lima: 'Lima',
    ilave: 'Ilave river',
  },
  rangeNotice: {
    'invalid-date': 'The dates in the link are not valid; the whole period is shown.',
    reversed: 'The start date in the link is after the end date; the whole period is shown.',
    outside: "The dates in the link are outside the map's period; the whole period is shown.",
  },
  dismiss: 'Dismiss notice',
  paramsNotice: (names) =>
    `Part of the link was not understood and was ignored (${names}); the rest is shown.`,
  about: 'About the data',
  aboutIntro:
    'Each point is an incident (one place, one day) documented by public sources cited in its details: the Ombudsman (Defensoría del Pueblo), human-rights organisations and the press. The figures are lower bounds: only incidents whose place, date and figures are documented are counted.',
  aboutLicence: (licence, updated) => `Data licence: ${licence}. Last updated: ${updated}.`,
  citeHeading: 'How to cite',
  citation: (title, updated, url) =>
    updated ? `${title} (version of ${updated}). ${url}` : `${title}. ${url}`,
  readmeHeading:
    'Method, comparison with the published tallies and disagreements between sources (data/README.md)',
  readmeLoading: 'Loading the data documentation…',
  partUnreachable: 'This part could not be loaded: the connection failed.',
  readmeError: 'The data documentation could not be loaded.',
  markdownTableLabel: (columns) => `Table (scrolls sideways): ${columns}`,
  downloadsHeading: 'Download',
  downloadGeojson: 'GeoJSON of what is shown',
  downloadCsv: 'CSV of what is shown',
  downloadPng: 'PNG image of the map',
  downloadShownNote: (count) =>
    `The files hold ${count === 1 ? 'the incident shown' : `the ${formatCount(count, 'en')} incidents shown`} (current dates, department and filters), with their sources.`,
  downloadFull: 'The whole dataset (GeoJSON)',
  downloadReadme: 'Data documentation (README)',
  downloadFailed: 'The file could not be made.',
  video: 'Timeline video (MP4, GIF)',
  videoHeading: 'Timeline video',
  videoIntro:
    "One frame per step, from the range's first day to each date, with the current department and filters. Made in this browser; nothing is uploaded.",
  videoChecking: 'Checking which formats this browser can make…',
  videoFormat: 'Format',
  videoFormatNames: { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)', gif: 'GIF' },
  videoSize: 'Size',
  videoSizeNames: {
    square: 'Square, 1080 × 1080',
    landscape: 'Landscape, 1920 × 1080',
    portrait: 'Portrait (stories), 1080 × 1920',
  },
  videoStep: 'Step',
  videoStepNames: { day: 'One day a frame', week: 'One week a frame' },
  videoPace: 'Pace',
  videoPaceName: (seconds) => `${seconds} s a frame`,
  videoSummary: (frames, seconds) => `${frames} frames, ${seconds} s of video.`,
  videoStart: 'Make the video',
  videoCancel: 'Cancel',
  videoProgress: (done, total) => `Frame ${done} of ${total}`,
  videoRemaining: (seconds) => `about ${seconds} s left`,
  videoDone: (fileName) => `Done: ${fileName}`,
  videoCancelled: 'Video cancelled.',
  videoFailed: 'The video could not be made in this browser.',
  share: 'Share',
  shareHeading: 'Share this view',
  shareLink: 'Link to this view (dates, department, filters, map and language)',
  shareEmbedResponsive: 'Code to embed in an article (adapts its height)',
  shareEmbedFixed: 'Fixed-height iframe (if your site does not allow scripts)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it (Ctrl+C).',
  close: 'Close',
  openFullMap: 'Open the full map',
  embedScrollHint: 'Click the map to zoom it with the mouse wheel',
  filtersHeading: 'Filters',
  categoriesLabel: 'Types of violation',
  contextsLabel: 'Context',
  perpetratorsLabel: 'Alleged perpetrators',
  selectAll: 'All',
  selectNone: 'None',
  categoryToggle: (name, count) => `${name}: ${incidents(count)}`,
  regionsHeading: 'By department',
  regionsCaption: 'Departments with incidents in the selection; click one to focus on it',
  regionColumn: 'Department',
  regionTotal: 'Total',
  regionsEmpty: 'No department has incidents in this selection.',
  regionFocus: (name) => `Focus on ${name}`,
  regionFocused: (name) =>
    `Only ${name} is shown. Press Escape or click the department again to see all of Peru.`,
  regionClear: 'Show all of Peru',
  sortBy: (column) => `Sort by ${column}`,
  breakdownLabel: 'Incidents by type of violation',
  choroplethHeading: 'Department colour',
  measureLabel: 'Measure',
  measureNames: { killed: 'People killed', injured: 'People injured', incidents: 'Incidents' },
  choroplethZero: 'None',
  choroplethNote: 'The scale spans the whole period with the chosen filters, so dates can be compared.',
  regionTooltip: (name, dead, hurt, count) =>
    `${name}: ${killed(dead)} · ${injured(hurt)} · ${incidents(count)}`,
  violationShortNames: {
    life: 'Life',
    sexual_integrity: 'Sexual',
    physical_integrity: 'Physical',
    liberty: 'Detention',
    expression: 'Expression',
    assembly: 'Assembly',
    property: 'Property',
    transit: 'Transit',
  },
  violationNames: {
    life: 'Right to life',
    sexual_integrity: 'Sexual integrity',
    physical_integrity: 'Physical integrity',
    liberty: 'Personal liberty (arbitrary detention)',
    expression: 'Freedom of expression and the press',
    assembly: 'Freedom of assembly and protest',
    property: 'Property',
    transit: 'Freedom of movement',
  },
  contextNames: {
    clash: 'Protest and repression',
    blockade: 'Road blockade',
    other: 'Other',
  },
  perpetratorNames: {
    police: 'Police',
    army: 'Army',
    police_and_army: 'Police and army',
    protesters: 'Protesters',
    unknown: 'Undetermined',
  },
  precisionNames: {
    exact: 'exact spot',
    town: 'town centre',
    district: 'district centre',
    province: 'province centre',
  },
  people: {
    tabsLabel: 'Panel sections',
    tabOverview: 'Overview',
    tabPeople: 'People killed',
    heading: 'People killed',
    intro: (count) =>
      `${count} in the current view (dates, department and filters), by the day they were injured. Each with their incident and sources.`,
    empty: 'No one was killed in the current view.',
    listLabel: 'People killed, by day',
    dayHeading: (day, count) => `${day} · ${count}`,
    notRecorded: 'no individual record: counted by the incident, nothing more known',
    died: (day) => `died ${day}`,
    showOnMap: 'Show on map',
    showOnMapLabel: (name, place) => `Show the incident of ${name}, ${place}, on the map`,
    uncounted: (count) =>
      `${count} person records exceed their incident's number killed and are not listed; check the file.`,
    figuresHeading: 'In figures',
    byRole: 'By role',
    byCause: 'By cause of death',
    minors: 'Under 18',
    firearm: 'By gunfire (bullets or pellets)',
    recorded: (named, withAge, withCause, total) =>
      `Of ${total}: ${named} with a published name, ${withAge} with an age, ${withCause} with a known cause.`,
    publishedNote:
      'For the whole period, each with its own scope (HRW: protesters and bystanders to February 2023; Amnesty: victims of state repression).',
    published: {
      gunfire: 'HRW: at least 39 of 49 by gunshot',
      pellets: 'HRW: 5 more by pellets',
      children: 'HRW: 8 children of 49',
      civilians: 'Amnesty International: 50 civilians',
      police: 'Amnesty International: 1 police officer',
    },
    roleNames: { civilian: 'Civilians', police: 'Police', military: 'Military', unknown: 'Role not stated' },
    causeNames: {
      firearm: 'Bullet',
      pellets: 'Pellets',
      tear_gas_canister: 'Tear-gas canister',
      blunt_force: 'Blunt force',
      drowning: 'Drowning',
      blocked_medical_care: 'No medical care (blockade)',
      road_accident: 'Road accident (blockade)',
      other: 'Other cause',
      unknown: 'Cause not published',
    },
    downloadCsv: 'CSV of the people killed',
  },
};
