// Buttons that show only one kind of team on the map and in the list (or all), operable by mouse and keyboard.
import type { TeamKindInfo } from '../../data/teams-file';
import type { TeamKind } from '../../domain/team-kinds';
import { KindSymbol } from '../../components/kind-symbol';
import { useLanguage } from '../../i18n/language';
import { FIGURES_MESSAGES } from '../../i18n/figures-messages';

interface KindFilterProps {
  kinds: readonly TeamKindInfo[];
  active: TeamKind | null;
  onChange: (kind: TeamKind | null) => void;
}

export function KindFilter({ kinds, active, onChange }: KindFilterProps) {
  const { language } = useLanguage();
  const text = FIGURES_MESSAGES[language];
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
          aria-pressed={active === kind.id}
          onClick={() => onChange(active === kind.id ? null : kind.id)}
        >
          <KindSymbol kind={kind.id} size={14} /> {text.filterShowOnly(kind.name[language].toLowerCase())}
        </button>
      ))}
    </fieldset>
  );
}
