import { countNoun, formatCount } from './format.ts';
import type { Messages } from './messages.ts';

const incidents = (n: number) => countNoun(n, 'es', { one: 'incidente', other: 'incidentes' });
const killed = (n: number) => countNoun(n, 'es', { one: 'fallecido', other: 'fallecidos' });
const injured = (n: number) => countNoun(n, 'es', { one: 'herido', other: 'heridos' });

export const es: Messages = {
  languageName: 'Español',
  appTitle: 'Perú: muertes, heridos y violaciones de derechos en las protestas',
  appSubtitle: 'Diciembre de 2022 – marzo de 2023',
  loading: 'Cargando incidentes…',
  sourceLine: (updated) =>
    `Datos: incidentes documentados con fuentes públicas · CC BY 4.0 · actualizados el ${updated}`,
  loadingProgress: (read, incidents) => `${read} leídos · ${incidents} incidentes`,
  cancelLoad: 'Cancelar',
  errorTitle: 'No se pudieron cargar los datos',
  loadError: (error) => {
    switch (error.kind) {
      case 'network':
        return `No hubo conexión con el servidor (${error.detail}).`;
      case 'cancelled':
        return 'Se canceló la carga de los datos.';
      case 'missing':
        return `No se encontró el archivo de datos (${error.url}).`;
      case 'http':
        return `El servidor respondió con el error ${error.status}.`;
      case 'json':
        return `El archivo de datos no es JSON válido (${error.detail}).`;
      case 'shape':
        return 'El archivo de datos no es una colección GeoJSON de incidentes (FeatureCollection).';
      case 'pack':
        return `El archivo de datos parece un paquete de incidentes (Apache Arrow) pero no se puede leer: ${error.detail}.`;
    }
  },
  retry: 'Reintentar',
  renderErrorTitle: 'La página no pudo mostrarse',
  renderError: (detail) => `La página falló al dibujarse (${detail}).`,
  skipToPanel: 'Saltar el mapa e ir al panel',
  liveSummary: (dead, hurt, shown, total) =>
    `${killed(dead)}, ${injured(hurt)}; ${formatCount(shown, 'es')} de ${incidents(total)}.`,
  mapUnavailable:
    'El mapa no puede mostrarse en este navegador (se necesita WebGL 2). La lista de incidentes sigue disponible.',
  mapCodeUnreachable:
    'No se pudo cargar el mapa: falló la conexión. La lista de incidentes sigue disponible.',
  mapLoading: 'Cargando el mapa…',
  mapKeysLabel: 'Incidentes y grupos visibles en el mapa',
  mapKeysCluster: (count, dead, hurt) =>
    `Grupo de ${incidents(count)}: ${killed(dead)}, ${injured(hurt)}; Intro acerca el mapa`,
  mapKeysMore: (count) =>
    `Y ${countNoun(count, 'es', { one: 'punto más', other: 'puntos más' })}: acerque el mapa o use la lista del panel`,
  mapLabel: 'Mapa de incidentes en el Perú',
  mapLocale: {
    'AttributionControl.ToggleAttribution': 'Mostrar u ocultar la atribución',
    'AttributionControl.MapFeedback': 'Comentarios sobre el mapa',
    'Map.Title': 'Mapa',
    'NavigationControl.ResetBearing': 'Orientar al norte',
    'NavigationControl.ZoomIn': 'Acercar',
    'NavigationControl.ZoomOut': 'Alejar',
  },
  panelShow: 'Mostrar panel',
  panelHide: 'Ocultar panel',
  languageLabel: 'Idioma',
  totalsHeading: 'Totales',
  killed: 'Personas fallecidas',
  injured: 'Personas heridas',
  incidents: 'Incidentes',
  problemsNotice: (count) =>
    count === 1
      ? '1 incidente no se pudo mostrar:'
      : `${formatCount(count, 'es')} incidentes no se pudieron mostrar:`,
  problemsKept: (count) =>
    count === 1
      ? '1 incidente se muestra con un aviso (su punto y su departamento no coinciden, o el punto cae fuera del territorio del Perú):'
      : `${formatCount(count, 'es')} incidentes se muestran con un aviso (su punto y su departamento no coinciden, o el punto cae fuera del territorio del Perú):`,
  problemsMetadata: 'Los metadatos del archivo tienen problemas; la cita queda incompleta.',
  problemsByKind: 'Problemas por campo',
  problemsFirst: (shown, total) =>
    `Los primeros ${formatCount(shown, 'es')} de ${countNoun(total, 'es', { one: 'problema', other: 'problemas' })}:`,
  problemsDownload: (total) =>
    `Descargar ${total === 1 ? 'el problema' : `los ${formatCount(total, 'es')} problemas`} (texto)`,
  problemsDetails: 'Ver los problemas',
  legendHeading: 'Leyenda',
  legendColour: 'Color: la violación más grave del incidente',
  legendSize: 'Tamaño del punto: personas fallecidas y heridas',
  legendCluster: 'Burbuja: grupo de incidentes; la cifra es el número de personas fallecidas',
  clusterTooltip: (count, dead, hurt) => `${incidents(count)} · ${killed(dead)} · ${injured(hurt)}`,
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
  nameNotPublished: 'nombre no publicado',
  age: (years) => countNoun(years, 'es', { one: 'año', other: 'años' }),
  sources: 'Fuentes',
  listHeading: 'Todos los incidentes',
  listMore: (next, remaining) =>
    `Mostrar ${formatCount(next, 'es')} más (quedan ${formatCount(remaining, 'es')})`,
  listItem: (place, dead, hurt) => `${place}: ${killed(dead)}, ${injured(hurt)}`,
  timelineLabel: 'Línea de tiempo',
  rangeStart: 'Inicio del periodo mostrado',
  rangeEnd: 'Fin del periodo mostrado',
  rangeWindow: 'Periodo mostrado: arrástrelo para moverlo',
  rangeSummary: (shown, total) => `${formatCount(shown, 'es')} de ${incidents(total)}`,
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
  paramsNotice: (names) => `Parte del enlace no se entendió y se ignoró (${names}); se muestra el resto.`,
  about: 'Sobre los datos',
  aboutIntro:
    'Cada punto es un incidente (un lugar, un día) documentado por fuentes públicas que se citan en su detalle: la Defensoría del Pueblo, organismos de derechos humanos y la prensa. Las cifras son mínimos: solo cuentan los incidentes cuyo lugar, fecha y cifras están documentados.',
  aboutLicence: (licence, updated) => `Licencia de los datos: ${licence}. Última actualización: ${updated}.`,
  citeHeading: 'Cómo citar',
  citation: (title, updated, url) =>
    updated ? `${title} (versión del ${updated}). ${url}` : `${title}. ${url}`,
  readmeHeading:
    'Método, comparación con las cifras publicadas y discrepancias entre fuentes (data/README.md, en inglés)',
  readmeLoading: 'Cargando la documentación de los datos…',
  partUnreachable: 'Esta parte no se pudo cargar: falló la conexión.',
  readmeError: 'No se pudo cargar la documentación de los datos.',
  markdownTableLabel: (columns) => `Tabla (se desplaza a los lados): ${columns}`,
  downloadsHeading: 'Descargar',
  downloadGeojson: 'GeoJSON de lo mostrado',
  downloadCsv: 'CSV de lo mostrado',
  downloadPng: 'Imagen PNG del mapa',
  downloadShownNote: (count) =>
    `Los archivos contienen ${count === 1 ? 'el incidente mostrado' : `los ${formatCount(count, 'es')} incidentes mostrados`} (fechas, departamento y filtros actuales), con sus fuentes.`,
  downloadFull: 'Todo el conjunto de datos (GeoJSON)',
  downloadReadme: 'Documentación de los datos (README)',
  downloadFailed: 'No se pudo crear el archivo.',
  video: 'Video de la línea de tiempo (MP4, GIF)',
  videoHeading: 'Video de la línea de tiempo',
  videoIntro:
    'Un cuadro por paso, desde el primer día del rango hasta cada fecha, con el departamento y los filtros actuales. Se crea en este navegador; nada se sube.',
  videoChecking: 'Comprobando qué formatos puede crear este navegador…',
  videoFormat: 'Formato',
  videoFormatNames: { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)', gif: 'GIF' },
  videoSize: 'Tamaño',
  videoSizeNames: {
    square: 'Cuadrado, 1080 × 1080',
    landscape: 'Horizontal, 1920 × 1080',
    portrait: 'Vertical (historias), 1080 × 1920',
  },
  videoStep: 'Paso',
  videoStepNames: { day: 'Un día por cuadro', week: 'Una semana por cuadro' },
  videoPace: 'Ritmo',
  videoPaceName: (seconds) => `${seconds} s por cuadro`,
  videoSummary: (frames, seconds) => `${frames} cuadros, ${seconds} s de video.`,
  videoStart: 'Crear el video',
  videoCancel: 'Cancelar',
  videoProgress: (done, total) => `Cuadro ${done} de ${total}`,
  videoRemaining: (seconds) => `quedan unos ${seconds} s`,
  videoDone: (fileName) => `Listo: ${fileName}`,
  videoCancelled: 'Video cancelado.',
  videoFailed: 'No se pudo crear el video en este navegador.',
  share: 'Compartir',
  shareHeading: 'Compartir esta vista',
  shareLink: 'Enlace a esta vista (fechas, departamento, filtros, mapa e idioma)',
  shareEmbedResponsive: 'Código para insertar en un artículo (se adapta a su altura)',
  shareEmbedFixed: 'Iframe de altura fija (si su sitio no admite scripts)',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: seleccione el texto y cópielo (Ctrl+C).',
  close: 'Cerrar',
  openFullMap: 'Abrir el mapa completo',
  embedScrollHint: 'Haga clic en el mapa para acercarlo con la rueda del ratón',
  filtersHeading: 'Filtros',
  categoriesLabel: 'Tipos de violación',
  contextsLabel: 'Contexto',
  perpetratorsLabel: 'Responsables señalados',
  selectAll: 'Todos',
  selectNone: 'Ninguno',
  categoryToggle: (name, count) => `${name}: ${incidents(count)}`,
  regionsHeading: 'Por departamento',
  regionsCaption: 'Departamentos con incidentes en la selección; haga clic en uno para enfocarlo',
  regionColumn: 'Departamento',
  regionTotal: 'Total',
  regionsEmpty: 'Ningún departamento tiene incidentes en esta selección.',
  regionFocus: (name) => `Enfocar ${name}`,
  regionFocused: (name) =>
    `Se muestra solo ${name}. Pulse Escape o vuelva a hacer clic en el departamento para ver todo el país.`,
  regionClear: 'Ver todo el país',
  sortBy: (column) => `Ordenar por ${column}`,
  breakdownLabel: 'Incidentes por tipo de violación',
  choroplethHeading: 'Color de los departamentos',
  measureLabel: 'Medida',
  measureNames: { killed: 'Personas fallecidas', injured: 'Personas heridas', incidents: 'Incidentes' },
  choroplethZero: 'Ninguno',
  choroplethNote: 'La escala abarca todo el periodo con los filtros elegidos, para comparar fechas.',
  regionTooltip: (name, dead, hurt, count) =>
    `${name}: ${killed(dead)} · ${injured(hurt)} · ${incidents(count)}`,
  violationShortNames: {
    life: 'Vida',
    sexual_integrity: 'Int. sexual',
    physical_integrity: 'Int. física',
    liberty: 'Detención',
    expression: 'Expresión',
    assembly: 'Reunión',
    property: 'Propiedad',
    transit: 'Tránsito',
  },
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
  people: {
    tabsLabel: 'Secciones del panel',
    tabOverview: 'Resumen',
    tabPeople: 'Personas fallecidas',
    heading: 'Personas fallecidas',
    intro: (count) =>
      `${count} en la vista actual (fechas, departamento y filtros), por día en que fueron heridas. Cada una con su incidente y sus fuentes.`,
    empty: 'Ninguna persona fallecida en la vista actual.',
    listLabel: 'Personas fallecidas, por día',
    dayHeading: (day, count) => `${day} · ${count}`,
    notRecorded: 'sin registro individual: el incidente la cuenta, sin más datos',
    died: (day) => `falleció el ${day}`,
    showOnMap: 'Ver en el mapa',
    showOnMapLabel: (name, place) => `Ver en el mapa el incidente de ${name}, ${place}`,
    uncounted: (count) =>
      `${count} registros de personas superan el número de fallecidos de su incidente y no se listan; revise el archivo.`,
    figuresHeading: 'En cifras',
    byRole: 'Por rol',
    byCause: 'Por causa de muerte',
    minors: 'Menores de 18 años',
    firearm: 'Por arma de fuego (bala o perdigones)',
    recorded: (named, withAge, withCause, total) =>
      `De ${total}: ${named} con nombre publicado, ${withAge} con edad, ${withCause} con causa conocida.`,
    publishedNote:
      'Para todo el periodo y con su propio alcance (HRW: manifestantes y transeúntes hasta febrero de 2023; Amnistía: víctimas de la represión estatal).',
    published: {
      gunfire: 'HRW: al menos 39 de 49 por disparos',
      pellets: 'HRW: 5 más por perdigones',
      children: 'HRW: 8 niños y adolescentes de 49',
      civilians: 'Amnistía Internacional: 50 civiles',
      police: 'Amnistía Internacional: 1 policía',
    },
    roleNames: { civilian: 'Civiles', police: 'Policías', military: 'Militares', unknown: 'Rol no indicado' },
    causeNames: {
      firearm: 'Bala',
      pellets: 'Perdigones',
      tear_gas_canister: 'Bomba lacrimógena',
      blunt_force: 'Golpes',
      drowning: 'Ahogamiento',
      blocked_medical_care: 'Sin atención médica (bloqueo)',
      road_accident: 'Accidente de tránsito (bloqueo)',
      other: 'Otra causa',
      unknown: 'Causa no publicada',
    },
    downloadCsv: 'CSV de las personas fallecidas',
  },
};
