// The names on the SVG map: team places (as many as fit, in the order of domain/map-labels.ts) and provinces, placed
// without overlap by an estimate of their width, so that the same picture comes out at build time and in the browser.
import type { ProvinceFeature } from '../../data/provinces-file';
import {
  labelSides,
  placeLabels,
  placeLabelsGreedy,
  provinceLabels,
  type Box,
  type LabelSide,
  type PlacedLabel,
} from '../../domain/map-labels';
import type { PlaceGroup } from '../../domain/team-places';
import type { Projection } from '../../domain/web-mercator';
import { SYMBOL } from '../../components/kind-style';
import { COLOURS, LABEL_GAP, LABEL_SIZE, symbolsHalfWidth } from './map-look';
import { round, type PlacedSymbol } from './static-team-symbols';

const PROVINCE_SIDES: readonly LabelSide[] = ['center', 'top', 'bottom'];
const PROVINCE_LETTER_SPACING = 0.08;

export interface StaticLabels {
  places: PlacedLabel[];
  provinces: PlacedLabel[];
}

/**
 * Where the names go on a picture drawn by `projection`, at `scale` drawing units per screen pixel, within `frame`
 * (drawing units; the picture's own by default: index.html's first view does not know its box).
 */
export function staticLabels(
  places: readonly PlaceGroup[],
  symbols: readonly PlacedSymbol[],
  provinces: readonly ProvinceFeature[],
  projection: Projection,
  scale: number,
  frame: Box = [0, 0, projection.width, projection.height],
): StaticLabels {
  const half = SYMBOL.outline * scale;
  const obstacles: Box[] = symbols.map(({ x, y }) => [x - half, y - half, x + half, y + half]);
  const placed = placeLabelsGreedy(
    placeLabels(places).map((label) => {
      const [x, y] = projection.project(label.coordinates);
      return {
        key: label.key,
        text: label.name,
        x,
        y,
        halfWidth: symbolsHalfWidth(label.symbols) * scale,
        halfHeight: half,
        sides: labelSides(label.coordinates),
        persistent: label.leading,
      };
    }),
    { fontSize: LABEL_SIZE.place * scale, bold: true, gap: LABEL_GAP * scale, obstacles, frame },
  );
  const provinceNames = placeLabelsGreedy(
    provinceLabels(provinces).map((label) => {
      const [x, y] = projection.project(label.coordinates);
      const text = label.name.toLocaleUpperCase('nl');
      return { key: label.code, text, x, y, halfWidth: 0, halfHeight: 0, sides: PROVINCE_SIDES };
    }),
    {
      fontSize: LABEL_SIZE.province * scale,
      letterSpacing: PROVINCE_LETTER_SPACING,
      gap: 4 * scale,
      obstacles: [...obstacles, ...placed.map((label) => label.box)],
      frame,
    },
  );
  return { places: placed, provinces: provinceNames };
}

const TEXT_ANCHOR: Record<LabelSide, 'start' | 'end' | 'middle'> = {
  right: 'start',
  left: 'end',
  top: 'middle',
  bottom: 'middle',
  center: 'middle',
  'top-right': 'start',
  'bottom-right': 'start',
  'top-left': 'end',
  'bottom-left': 'end',
};

/** The names, drawn below the team symbols, each on a halo in the map's label halo colour. */
export function StaticMapLabels({ labels, scale }: { labels: StaticLabels; scale: number }) {
  const halo = {
    stroke: COLOURS.labelHalo,
    strokeWidth: round(4 * scale),
    strokeLinejoin: 'round' as const,
    paintOrder: 'stroke',
    dominantBaseline: 'central' as const,
  };
  return (
    // Clicks go through a name to the province or symbol under it, as on the WebGL map.
    <g className="static-map__labels" aria-hidden="true" pointerEvents="none">
      <g
        fill={COLOURS.provinceLabel}
        fontSize={round(LABEL_SIZE.province * scale)}
        letterSpacing={round(PROVINCE_LETTER_SPACING * LABEL_SIZE.province * scale)}
        {...halo}
      >
        {labels.provinces.map((label) => (
          <text
            key={label.key}
            data-province-label={label.key}
            x={round(label.x)}
            y={round(label.y)}
            textAnchor="middle"
          >
            {label.text}
          </text>
        ))}
      </g>
      <g fill={COLOURS.label} fontSize={round(LABEL_SIZE.place * scale)} fontWeight="bold" {...halo}>
        {labels.places.map((label) => (
          <text
            key={label.key}
            data-place-label={label.key}
            x={round(label.x)}
            y={round(label.y)}
            textAnchor={TEXT_ANCHOR[label.side]}
          >
            {label.text}
          </text>
        ))}
      </g>
    </g>
  );
}
