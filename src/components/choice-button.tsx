// A button that chooses a team, a place or a province: the click, and the choice as the address writes it
// (`data-selects="team=…"`), which index.html's first view answers before the app has started (first-view-taps.ts).
import type { ButtonHTMLAttributes } from 'react';
import type { Selection } from '../domain/selection';
import { selectionQuery } from '../domain/url-state';

export interface ChoiceButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'onSelect'> {
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

export function ChoiceButton({ selection, onSelect, ...button }: ChoiceButtonProps) {
  return (
    <button type="button" {...button} data-selects={selectionQuery(selection)} onClick={() => onSelect(selection)} />
  );
}
