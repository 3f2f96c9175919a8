// The handout's labelled map of the area as SVG: the model of handout-map-model.ts in the map's colours.
import { shapePathAt } from '../../components/kind-style';
import { mapColour } from '../../styles/tokens';
import { HANDOUT_LABEL_SIZE, HANDOUT_SYMBOL_SCALE, SYMBOL_LAYERS, type HandoutMapModel } from './handout-map-model';

export function HandoutMap({ model, label }: { model: HandoutMapModel; label: string }) {
  const { width, height } = model;
  return (
    <svg
      className="handout__map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      focusable="false"
      data-handout-symbols={model.symbols.length}
    >
      <rect width={width} height={height} fill={mapColour.background} />
      <g fill={mapColour.abroad}>
        {model.abroad.map((path, i) => (
          <path key={i} d={path} />
        ))}
      </g>
      <g fill={mapColour.province} stroke={mapColour.provinceOutline} strokeWidth={1.5} fillRule="evenodd">
        {model.provinces.map((p) => (
          <path key={p.code} d={p.path} data-province={p.code} />
        ))}
      </g>
      <g fill={mapColour.water} stroke={mapColour.waterOutline} strokeWidth={1} fillRule="evenodd">
        {model.lakes.map((path, i) => (
          <path key={i} d={path} />
        ))}
      </g>
      <circle
        cx={model.place.x}
        cy={model.place.y}
        r={7 * HANDOUT_SYMBOL_SCALE}
        fill={mapColour.searchPlace}
        stroke={mapColour.searchPlaceOutline}
        strokeWidth={3 * HANDOUT_SYMBOL_SCALE}
      />
      {SYMBOL_LAYERS.map((layer, i) => (
        <g key={i}>
          {model.symbols.map((s) => (
            <path
              key={s.kind}
              d={shapePathAt(s.shape, layer.radius, s.x, s.y)}
              fill={layer.colour ?? s.colour}
              data-kind={layer.colour ? undefined : s.kind}
            />
          ))}
        </g>
      ))}
      <g
        fontSize={HANDOUT_LABEL_SIZE}
        fill={mapColour.label}
        stroke={mapColour.labelHalo}
        strokeWidth={5}
        strokeLinejoin="round"
        paintOrder="stroke"
        dominantBaseline="middle"
      >
        {model.labels.map((l, i) => (
          <text key={i} x={l.x} y={l.y} textAnchor={l.anchor} fontWeight={l.strong ? 'bold' : undefined}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
