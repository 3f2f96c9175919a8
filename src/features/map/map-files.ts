// The WebGL map's files (its chunk, its CSS and maplibre's worker) fetched ahead into the HTTP cache, so that the
// first zoom need not wait for the network. index.html carries their hints inert, in a <template> (written by
// scripts/map-preload-plugin.ts); they are put to work only when the page has been quiet, never before the map is
// usable, and not at all for a browser without WebGL or a visitor who asked to save data.
export const MAP_FILES_TEMPLATE_ID = 'webgl-map-files';

interface SaveDataNavigator {
  connection?: { saveData?: boolean };
}

export function fetchMapFilesAhead(doc: Document = document): boolean {
  const template = doc.getElementById(MAP_FILES_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return false;
  if ((navigator as SaveDataNavigator).connection?.saveData) return false;
  template.remove();
  doc.head.append(template.content);
  return true;
}
