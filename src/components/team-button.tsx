// A team as a button: its kind's symbol and its label; the accessible name also says the kind.
import type { Team } from '../data/teams-file';
import { KindSymbol } from './kind-symbol';

interface TeamButtonProps {
  team: Team;
  label: string;
  kindName: string;
  current?: boolean;
  /** Extra text after the label, also in the accessible name (a distance such as "9,3 km"). */
  detail?: string;
  className?: string;
  /** What a click chooses, as the address writes it (`team=…`): the first view answers it before the app runs. */
  selects?: string;
  onClick: () => void;
}

export function TeamButton({ team, label, kindName, current, detail, className, selects, onClick }: TeamButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={detail ? `${label}, ${kindName}, ${detail}` : `${label}, ${kindName}`}
      aria-current={current ? 'true' : undefined}
      data-selects={selects}
      onClick={onClick}
    >
      <KindSymbol kind={team.kind} size={16} />
      <span>{label}</span>
      {detail && <span className="team-button__detail">{detail}</span>}
    </button>
  );
}
