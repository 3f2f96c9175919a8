// The images the map's style names but no sprite holds, drawn when maplibre first needs them: the team symbols (for
// each kind, count and selection state) and the transparent obstacles that keep names off the symbols and the map's edges. Both the
// map on screen and the off-screen map of the PNG export draw with it.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { TRANSPARENT_ICONS } from './map-layers';
import { drawTeamIcon, parseTeamIconId } from './team-icons';

export function resolveMissingImages(map: MaplibreMap, pixelRatio: number): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    const size = TRANSPARENT_ICONS[id];
    if (size !== undefined) {
      map.addImage(id, { width: size, height: size, data: new Uint8Array(size * size * 4) });
      return;
    }
    const icon = parseTeamIconId(id);
    const drawn = icon && drawTeamIcon(icon, pixelRatio);
    if (drawn) map.addImage(id, drawn.image, drawn.options);
  });
}
