/**
 * MapLibre reads its labels (the `locale` option) once, when the map and its controls are made; it has no
 * way to change them later. A language switch relabels, in place, every element it labelled: the canvas and
 * the controls the app adds (zoom, compass, attribution). Keys are MapLibre's string ids.
 */
const LABELLED: ReadonlyArray<{ selector: string; key: string; hasTitle: boolean }> = [
  { selector: 'canvas.maplibregl-canvas', key: 'Map.Title', hasTitle: false },
  { selector: '.maplibregl-ctrl-zoom-in', key: 'NavigationControl.ZoomIn', hasTitle: true },
  { selector: '.maplibregl-ctrl-zoom-out', key: 'NavigationControl.ZoomOut', hasTitle: true },
  { selector: '.maplibregl-ctrl-compass', key: 'NavigationControl.ResetBearing', hasTitle: true },
  {
    selector: '.maplibregl-ctrl-attrib-button',
    key: 'AttributionControl.ToggleAttribution',
    hasTitle: true,
  },
];

/** Gives the map's own elements inside `container` the labels of `locale`; a key it lacks leaves a label as is. */
export function relabelMap(container: ParentNode, locale: Readonly<Record<string, string>>): void {
  for (const { selector, key, hasTitle } of LABELLED) {
    const label = locale[key];
    if (label === undefined) continue;
    for (const element of container.querySelectorAll<HTMLElement>(selector)) {
      element.setAttribute('aria-label', label);
      if (hasTitle) element.title = label;
    }
  }
}
