// A team as a button: its kind's symbol and its label; the accessible name also says the kind.
import type { Team } from '../data/teams-file';
import { KindSymbol } from './kind-symbol';

interface TeamButtonProps {
  team: Team;
  label: string;
  kindName: string;
  current?: boolean;
  className?: string;
  onClick: () => void;
}

export function TeamButton({ team, label, kindName, current, className, onClick }: TeamButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={`${label}, ${kindName}`}
      aria-current={current ? 'true' : undefined}
      onClick={onClick}
    >
      <KindSymbol kind={team.kind} size={16} />
      <span>{label}</span>
    </button>
  );
}
