// The view choice beside the kind filter (in the legend): the teams alone, teams per province, the reach within a
// distance, or the nearest team. Two native selects: compact over the map, and what every keyboard and screen reader
// knows how to use.
import { useId } from 'react';
import {
  DEFAULT_REACH_KM,
  isReachKm,
  REACH_DISTANCES,
  SHADING_TYPES,
  type ShadingChoice,
  type ShadingType,
} from '../../domain/map-shading';
import { useCoverageText } from './coverage-text';
import './coverage.css';

interface CoverageChoiceProps {
  choice: ShadingChoice;
  onChange: (choice: ShadingChoice) => void;
}

export function CoverageChoice({ choice, onChange }: CoverageChoiceProps) {
  const { text, count } = useCoverageText();
  const id = useId();
  const km = choice.type === 'reach' ? choice.km : DEFAULT_REACH_KM;
  const choose = (type: ShadingType) => onChange(type === 'reach' ? { type, km } : { type });
  return (
    <div className="coverage-choice">
      <div className="coverage-choice__field">
        <label htmlFor={`${id}-view`}>{text.choiceTitle}</label>
        <select id={`${id}-view`} value={choice.type} onChange={(event) => choose(event.target.value as ShadingType)}>
          {SHADING_TYPES.map((type) => (
            <option key={type} value={type}>
              {text.choice[type]}
            </option>
          ))}
        </select>
      </div>
      {choice.type === 'reach' && (
        <div className="coverage-choice__field">
          <label htmlFor={`${id}-km`}>{text.distanceTitle}</label>
          <select
            id={`${id}-km`}
            value={choice.km}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (isReachKm(value)) onChange({ type: 'reach', km: value });
            }}
          >
            {REACH_DISTANCES.map((distance) => (
              <option key={distance} value={distance}>
                {text.km(count(distance))}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
