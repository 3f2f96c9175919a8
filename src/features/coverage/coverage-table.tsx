// The text alternative of the shaded map (side panel): per province, the teams, and the land within reach; or per
// team location, the land nearest to it. Shown while a coverage view is on; the same figures as the map and key.
import { useId } from 'react';
import type { PlaceGroup } from '../../domain/team-places';
import { PROVINCE_NAMES } from '../../domain/provinces';
import type { CoverageState } from './use-coverage';
import { summary } from './coverage-key';
import { useCoverageText } from './coverage-text';
import './coverage.css';

interface CoverageTableProps {
  coverage: CoverageState;
  kindName: string | null;
  /** The map symbols, to name a cell's place and kinds. */
  groups: readonly PlaceGroup[];
  /** A kind's name in the interface language. */
  kindLabel: (group: PlaceGroup) => string;
}

export function CoverageTable({ coverage, kindName, groups, kindLabel }: CoverageTableProps) {
  const t = useCoverageText();
  const { text } = t;
  const titleId = useId();
  const { report } = coverage;
  if (!report) return null;
  return (
    <section className="coverage-table" aria-labelledby={titleId}>
      <h2 id={titleId}>{text.tableTitle[report.type]}</h2>
      <p>{summary(coverage, kindName, t)}</p>
      {report.type === 'teams-per-province' && (
        <table>
          <caption className="visually-hidden">{text.tableTitle[report.type]}</caption>
          <thead>
            <tr>
              <th scope="col">{text.column.province}</th>
              <th scope="col" className="coverage-table__number">
                {text.column.teams}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.counts.provinces.map((row) => (
              <tr key={row.code}>
                <th scope="row">{PROVINCE_NAMES[row.code]}</th>
                <td className="coverage-table__number">{t.count(row.teams)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.type === 'reach' && (
        <table>
          <caption className="visually-hidden">{text.tableTitle[report.type]}</caption>
          <thead>
            <tr>
              <th scope="col">{text.column.province}</th>
              <th scope="col" className="coverage-table__number">
                {text.column.reachedShare(t.count(report.reach.km))}
              </th>
              <th scope="col" className="coverage-table__number">
                {text.column.reachedArea(t.count(report.reach.km))}
              </th>
              <th scope="col" className="coverage-table__number">
                {text.column.land}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...report.reach.provinces]
              .sort((a, b) => PROVINCE_NAMES[a.code].localeCompare(PROVINCE_NAMES[b.code], 'nl'))
              .map((row) => (
                <tr key={row.code} data-province={row.code}>
                  <th scope="row">{PROVINCE_NAMES[row.code]}</th>
                  <td className="coverage-table__number">{t.percent(row.share)}</td>
                  <td className="coverage-table__number">{t.area(row.reachedKm2)}</td>
                  <td className="coverage-table__number">{t.area(row.landKm2)}</td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text.total}</th>
              <td className="coverage-table__number">{t.percent(report.reach.share)}</td>
              <td className="coverage-table__number">{t.area(report.reach.reachedKm2)}</td>
              <td className="coverage-table__number">{t.area(report.reach.landKm2)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {report.type === 'nearest' && (
        <table>
          <caption className="visually-hidden">{text.tableTitle[report.type]}</caption>
          <thead>
            <tr>
              <th scope="col">{text.column.place}</th>
              <th scope="col">{text.column.kinds}</th>
              <th scope="col" className="coverage-table__number">
                {text.column.nearestArea}
              </th>
              <th scope="col" className="coverage-table__number">
                {text.column.nearestShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...report.cells]
              .sort((a, b) => b.landKm2 - a.landKm2)
              .map((cell) => {
                const cellGroups = cell.siteIds
                  .map((id) => groups.find((group) => group.key === id))
                  .filter((group): group is PlaceGroup => group !== undefined);
                const place = cellGroups[0];
                return (
                  <tr key={cell.siteIds.join(' ')} data-sites={cell.siteIds.join(' ')}>
                    <th scope="row">
                      {place ? `${place.place} (${PROVINCE_NAMES[place.province]})` : cell.siteIds.join(', ')}
                    </th>
                    <td>{cellGroups.map(kindLabel).join(', ')}</td>
                    <td className="coverage-table__number">{t.area(cell.landKm2)}</td>
                    <td className="coverage-table__number">{t.percent(cell.landKm2 / report.landKm2)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
      <p className="coverage-table__note">{text.straightLine}</p>
    </section>
  );
}
