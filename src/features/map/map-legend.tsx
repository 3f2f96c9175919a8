// The legend: each kind of team with its symbol, name and number of teams; choosing one shows only that kind. It
// folds away behind its title (a disclosure button), and stays folded or open for the rest of the session.
import { useId, useState, type ReactNode } from 'react';
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
  /** More of the legend under the kinds (the coverage view's choice and key), folded away with it. */
  children?: ReactNode;
}

const FOLDED_KEY = 'binnenwerk-teamkaart:legenda-ingeklapt';

function storedFolded(): boolean {
  try {
    return window.sessionStorage.getItem(FOLDED_KEY) === '1';
  } catch {
    return false; // storage refused (privacy settings): the legend starts open
  }
}

function storeFolded(folded: boolean): void {
  try {
    window.sessionStorage.setItem(FOLDED_KEY, folded ? '1' : '0');
  } catch {
    // not remembered, only for this page
  }
}

export function MapLegend({ kinds, counts, active, onChange, children }: MapLegendProps) {
  const { local, messages } = useIntl();
  const [folded, setFolded] = useState(storedFolded);
  const bodyId = useId();
  const toggle = () => {
    setFolded(!folded);
    storeFolded(!folded);
  };
  return (
    <section className="map-legend" aria-labelledby="map-legend-title" data-folded={folded}>
      <h2 className="map-legend__title">
        <button
          type="button"
          id="map-legend-title"
          className="map-legend__toggle"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={toggle}
        >
          {messages.legendTitle}
          <span className="map-legend__chevron" aria-hidden="true" />
        </button>
      </h2>
      <div id={bodyId} className="map-legend__body" hidden={folded}>
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
        {children}
      </div>
    </section>
  );
}
