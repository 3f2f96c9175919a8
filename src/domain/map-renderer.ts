// Which picture of the map a view needs. The SVG map shows the whole country and answers clicks at once, with any
// number of teams (above CLUSTER_ABOVE_PLACES symbols it draws clusters, place-clusters.ts); the WebGL map (maplibre:
// about 440 KB and seconds of a slow phone's main thread) is started only when the view needs more.
import { COUNTRY_CAMERA, sameCameraTarget, type MapModel } from './map-model';

/** Why the view needs the WebGL map, or null when the SVG map can show it. */
export type WebGLNeed = 'shared-view' | 'zoomed-view';

/**
 * `roomy`: the device can start the WebGL map without the visitor noticing (a desktop). On a phone a choice or a
 * search stays on the SVG map (ringed, with its card and details): starting maplibre then would hold up the next
 * tap for seconds, and the zoom would come late and unasked; the next zoom gesture brings it.
 */
export function webglNeed(model: Pick<MapModel, 'camera'>, sharedCamera: boolean, roomy: boolean): WebGLNeed | null {
  // A link with a camera shows a part of the country; so do a choice and a search (the camera fits them).
  if (sharedCamera) return 'shared-view';
  if (roomy && !sameCameraTarget(model.camera, COUNTRY_CAMERA)) return 'zoomed-view';
  return null;
}
