// The key of the shaded view, under the choice in the legend: what each colour means, and the answer in one line
// (how much land is within reach, which provinces have none; how many provinces have a team).
import { PROVINCE_NAMES } from '../../domain/provinces';
import { CELL_COLOURS, stepColour } from '../../components/shading-look';
import { mapColour as COLOURS, shadeColour } from '../../styles/tokens';
import type { CoverageState } from './use-coverage';
import { useCoverageText, type CoverageText } from './coverage-text';

interface CoverageKeyProps {
  coverage: CoverageState;
  /** The chosen kind's name in lower case, or null for all kinds. */
  kindName: string | null;
}

function Swatch({ fill, edge }: { fill: string; edge: string }) {
  return <span className="coverage-key__swatch" style={{ background: fill, borderColor: edge }} aria-hidden="true" />;
}

export function CoverageKey({ coverage, kindName }: CoverageKeyProps) {
  const t = useCoverageText();
  const { text } = t;
  if (coverage.choice.type === 'teams') return null;
  if (coverage.failed) {
    return (
      <div className="coverage-key" role="alert">
        <p>{text.failed}</p>
        <button type="button" className="coverage-key__retry" onClick={coverage.retry}>
          {text.retry}
        </button>
      </div>
    );
  }
  return (
    <div className="coverage-key">
      {/* Teams per province says its answer ("12 van 12 provincies") in the legend everywhere: it is short. */}
      <p
        className={`coverage-key__status${coverage.report?.type === 'teams-per-province' ? ' coverage-key__status--shown' : ''}`}
        role="status"
      >
        {coverage.computing ? text.computing : summary(coverage, kindName, t)}
      </p>
      {keyRows(coverage, kindName, t)}
    </div>
  );
}

/** The shaded view in words, for the map's description (empty while nothing is shaded). */
export function useCoverageSummary(coverage: CoverageState, kindName: string | null): string {
  const t = useCoverageText();
  if (coverage.choice.type === 'teams' || !coverage.report) return '';
  return `${t.text.choice[coverage.choice.type]}: ${summary(coverage, kindName, t)}`;
}

/** The answer in one sentence (also what the live region reads when the view or the distance changes). */
export function summary(coverage: CoverageState, kindName: string | null, t: CoverageText): string {
  const { report } = coverage;
  const { text } = t;
  if (!report) return '';
  switch (report.type) {
    case 'teams-per-province':
      return text.provincesWithTeams(report.counts.withTeams, report.counts.total, kindName);
    case 'reach': {
      const km = t.count(report.reach.km);
      const unreached = report.reach.unreached.map((code) => PROVINCE_NAMES[code]).join(', ');
      return [
        text.countryShare(t.percent(report.reach.share), km, kindName),
        unreached ? text.unreached(km, kindName, unreached) : text.allReached(km, kindName),
      ].join(' ');
    }
    case 'nearest':
      return report.cells.length === 0 ? text.noneOfKind(kindName) : text.nearestHint;
  }
}

function keyRows(coverage: CoverageState, kindName: string | null, t: CoverageText) {
  const { report } = coverage;
  const { text } = t;
  if (!report) return null;
  switch (report.type) {
    case 'teams-per-province': {
      const { steps } = report.counts;
      return (
        <ul className="coverage-key__rows">
          <li>
            <Swatch fill={COLOURS.province} edge={COLOURS.provinceOutline} />
            {text.noTeam}
          </li>
          {steps.map((step, index) => (
            <li key={step.from}>
              <Swatch fill={stepColour(index + 1, steps.length)} edge={COLOURS.provinceOutline} />
              {text.teams(
                step.from === step.to ? t.count(step.from) : `${t.count(step.from)}–${t.count(step.to)}`,
                step.to,
              )}
            </li>
          ))}
        </ul>
      );
    }
    case 'reach':
      return (
        <ul className="coverage-key__rows">
          <li>
            <Swatch fill={shadeColour.reach} edge={shadeColour.reachEdge} />
            {text.withinReach(t.count(report.reach.km), kindName)}
          </li>
          <li>
            <Swatch fill={COLOURS.province} edge={COLOURS.provinceOutline} />
            {text.fartherAway}
          </li>
        </ul>
      );
    case 'nearest':
      return (
        <p className="coverage-key__cells">
          <span className="coverage-key__cell-swatches" aria-hidden="true">
            {CELL_COLOURS.map((fill) => (
              <Swatch key={fill} fill={fill} edge={shadeColour.cellEdge} />
            ))}
          </span>
          {text.nearestKey(kindName)}
        </p>
      );
  }
}
