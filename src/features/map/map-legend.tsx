// The legend: each kind of team with its symbol, name and number of teams; choosing one shows only that kind.
import type { TeamKindInfo } from '../../data/teams-file';
import type { KindCounts } from '../../domain/teams';
import type { TeamKind } from '../../domain/team-kinds';
import { KindSymbol } from '../../components/kind-symbol';
import { useIntl } from '../../i18n/language';
import './map-legend.css';

interface MapLegendProps {
  kinds: readonly TeamKindInfo[];
  counts: KindCounts;
  active: TeamKind | null;
  onChange: (kind: TeamKind | null) => void;
}

export function MapLegend({ kinds, counts, active, onChange }: MapLegendProps) {
  const { local, messages } = useIntl();
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        {messages.legendTitle}
      </h2>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.id}>
            <button
              type="button"
              className="map-legend__kind"
              aria-pressed={active === kind.id}
              aria-label={`${local(kind.name)} (${counts[kind.id]}), ${messages.kindShape[kind.id]}`}
              onClick={() => onChange(active === kind.id ? null : kind.id)}
            >
              <KindSymbol kind={kind.id} />
              <span>
                {local(kind.name)} <span className="map-legend__count">({counts[kind.id]})</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="map-legend__note">{active ? messages.legendFiltered : messages.legendShapeNote}</p>
    </section>
  );
}
