import type { Messages } from './messages.ts';

export const es: Messages = {
  languageName: 'Español',
  appTitle: 'Perú: muertes, heridos y violaciones de derechos en las protestas',
  appSubtitle: 'Diciembre de 2022 – marzo de 2023',
  loading: 'Cargando incidentes…',
  errorTitle: 'No se pudieron cargar los datos',
  loadError: (error) => {
    switch (error.kind) {
      case 'network':
        return `No hubo conexión con el servidor (${error.detail}).`;
      case 'http':
        return `El servidor respondió con el error ${error.status}.`;
      case 'json':
        return `El archivo de datos no es JSON válido (${error.detail}).`;
      case 'shape':
        return 'El archivo de datos no es una colección GeoJSON de incidentes (FeatureCollection).';
    }
  },
  retry: 'Reintentar',
  mapUnavailable:
    'El mapa no puede mostrarse en este navegador (se necesita WebGL 2). La lista de incidentes sigue disponible.',
  mapLabel: 'Mapa de incidentes en el Perú',
  panelShow: 'Mostrar panel',
  panelHide: 'Ocultar panel',
  languageLabel: 'Idioma',
  totalsHeading: 'Totales',
  killed: 'Personas fallecidas',
  injured: 'Personas heridas',
  incidents: 'Incidentes',
  problemsNotice: (count) =>
    count === 1 ? '1 incidente no se pudo mostrar:' : `${count} incidentes no se pudieron mostrar:`,
  problemsDetails: 'Ver los problemas',
  legendHeading: 'Leyenda',
  legendColour: 'Color: la violación más grave del incidente',
  legendSize: 'Tamaño del punto: personas fallecidas y heridas',
  legendCluster: 'Burbuja: grupo de incidentes; la cifra es el número de personas fallecidas',
  clusterTooltip: (incidents, killed, injured) =>
    `${incidents} incidentes · ${killed} fallecidos · ${injured} heridos`,
  detailsHeading: 'Detalle del incidente',
  detailsClose: 'Cerrar detalle',
  detailsEmpty:
    'Seleccione un punto en el mapa o un incidente de la lista para ver su detalle y sus fuentes.',
  date: 'Fecha',
  place: 'Lugar',
  department: 'Departamento',
  precision: 'Precisión de la ubicación',
  violations: 'Violaciones de derechos',
  perpetrator: 'Responsable según las fuentes',
  context: 'Contexto',
  victims: 'Víctimas mortales',
  age: (years) => `${years} años`,
  sources: 'Fuentes',
  listHeading: 'Todos los incidentes',
  listMore: (next, remaining) => `Mostrar ${next} más (quedan ${remaining})`,
  listItem: (place, killed, injured) => `${place}: ${killed} fallecidos, ${injured} heridos`,
  timelineLabel: 'Línea de tiempo',
  rangeStart: 'Inicio del periodo mostrado',
  rangeEnd: 'Fin del periodo mostrado',
  rangeWindow: 'Periodo mostrado: arrástrelo para moverlo',
  rangeSummary: (shown, total) => `${shown} de ${total} incidentes`,
  histogramLabel: 'Incidentes por día; haga clic en un día para verlo solo',
  play: 'Reproducir la línea de tiempo',
  pause: 'Pausar la línea de tiempo',
  speedLabel: 'Velocidad',
  speed: (days) => (days === 1 ? '1 día por segundo' : `${days} días por segundo`),
  keyDatesLabel: 'Fechas clave',
  keyDates: {
    castillo: 'Vacancia de Castillo',
    andahuaylas: 'Andahuaylas',
    ayacucho: 'Ayacucho',
    juliaca: 'Juliaca',
    sanMarcos: 'San Marcos',
    lima: 'Lima',
    ilave: 'Río Ilave',
  },
  rangeNotice: {
    'invalid-date': 'Las fechas del enlace no son válidas; se muestra todo el periodo.',
    reversed: 'La fecha inicial del enlace es posterior a la final; se muestra todo el periodo.',
    outside: 'Las fechas del enlace están fuera del periodo del mapa; se muestra todo el periodo.',
  },
  dismiss: 'Cerrar aviso',
  violationNames: {
    life: 'Derecho a la vida',
    sexual_integrity: 'Integridad sexual',
    physical_integrity: 'Integridad física',
    liberty: 'Libertad personal (detención arbitraria)',
    expression: 'Libertad de expresión y prensa',
    assembly: 'Libertad de reunión y protesta',
    property: 'Propiedad',
    transit: 'Libertad de tránsito',
  },
  contextNames: {
    clash: 'Protesta y represión',
    blockade: 'Bloqueo de vías',
    other: 'Otro',
  },
  perpetratorNames: {
    police: 'Policía',
    army: 'Ejército',
    police_and_army: 'Policía y Ejército',
    protesters: 'Manifestantes',
    unknown: 'No determinado',
  },
  precisionNames: {
    exact: 'lugar exacto',
    town: 'centro del poblado',
    district: 'centro del distrito',
    province: 'centro de la provincia',
  },
};
