// Buttons that show only one kind of team on the map and in the list (or all), operable by mouse and keyboard.
import type { TeamKindInfo } from '../../data/teams-file';
import type { TeamKind } from '../../domain/team-kinds';
import { KindSymbol } from '../../components/kind-symbol';
import { useIntl } from '../../i18n/language';
import { useFiguresText } from './figures-text';

interface KindFilterProps {
  kinds: readonly TeamKindInfo[];
  /** The report's work types that belong to each kind, named on its button. */
  workTypes: Record<TeamKind, string[]>;
  active: TeamKind | null;
  onChange: (kind: TeamKind | null) => void;
}

export function KindFilter({ kinds, workTypes, active, onChange }: KindFilterProps) {
  const { local } = useIntl();
  const text = useFiguresText();
  return (
    <fieldset className="kind-filter">
      <legend>{text.filterTitle}</legend>
      <button type="button" aria-pressed={active === null} onClick={() => onChange(null)}>
        {text.filterAll}
      </button>
      {kinds.map((kind) => (
        <button
          key={kind.id}
          type="button"
          aria-label={buttonLabel(
            text.filterShowOnly(local(kind.name).toLowerCase()),
            text.workTypesLabel,
            workTypes[kind.id],
          )}
          aria-pressed={active === kind.id}
          onClick={() => onChange(active === kind.id ? null : kind.id)}
        >
          <KindSymbol kind={kind.id} size={14} />
          <span>
            {text.filterShowOnly(local(kind.name).toLowerCase())}
            {workTypes[kind.id].length > 0 && (
              <span className="kind-filter__work-types">
                {' '}
                ({text.workTypesLabel}: {workTypes[kind.id].join(', ')})
              </span>
            )}
          </span>
        </button>
      ))}
    </fieldset>
  );
}

function buttonLabel(showOnly: string, workTypesLabel: string, workTypes: readonly string[]): string {
  return workTypes.length > 0 ? `${showOnly} (${workTypesLabel}: ${workTypes.join(', ')})` : showOnly;
}
