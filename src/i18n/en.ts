import type { Messages } from './messages.ts';

export const en: Messages = {
  languageName: 'English',
  appTitle: 'Peru: deaths, injuries and rights violations in the protests',
  appSubtitle: 'December 2022 – March 2023',
  loading: 'Loading incidents…',
  errorTitle: 'The data could not be loaded',
  loadError: (error) => {
    switch (error.kind) {
      case 'network':
        return `The server could not be reached (${error.detail}).`;
      case 'http':
        return `The server answered with error ${error.status}.`;
      case 'json':
        return `The data file is not valid JSON (${error.detail}).`;
      case 'shape':
        return 'The data file is not a GeoJSON collection of incidents (FeatureCollection).';
    }
  },
  retry: 'Try again',
  mapUnavailable:
    'The map cannot be shown in this browser (WebGL 2 is needed). The list of incidents is still available.',
  mapLabel: 'Map of incidents in Peru',
  panelShow: 'Show panel',
  panelHide: 'Hide panel',
  languageLabel: 'Language',
  totalsHeading: 'Totals',
  killed: 'People killed',
  injured: 'People injured',
  incidents: 'Incidents',
  problemsNotice: (count) =>
    count === 1 ? '1 incident could not be shown:' : `${count} incidents could not be shown:`,
  problemsDetails: 'See the problems',
  legendHeading: 'Legend',
  legendColour: "Colour: the incident's most severe violation",
  legendSize: 'Point size: people killed and injured',
  legendCluster: 'Bubble: a group of incidents; the number is the people killed',
  clusterTooltip: (incidents, killed, injured) =>
    `${incidents} incidents · ${killed} killed · ${injured} injured`,
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
  age: (years) => `${years} years old`,
  sources: 'Sources',
  listHeading: 'All incidents',
  listMore: (next, remaining) => `Show ${next} more (${remaining} left)`,
  listItem: (place, killed, injured) => `${place}: ${killed} killed, ${injured} injured`,
  timelineLabel: 'Timeline',
  rangeStart: 'Start of the period shown',
  rangeEnd: 'End of the period shown',
  rangeWindow: 'Period shown: drag it to move it',
  rangeSummary: (shown, total) => `${shown} of ${total} incidents`,
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
};
