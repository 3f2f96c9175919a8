// The coverage view chosen in the legend, worked out for the map model and the table: teams per province at once,
// the reach and nearest-team views from a chunk loaded the first time one of them is chosen.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ProvinceFeature } from '../../data/provinces-file';
import type { Team } from '../../data/teams-file';
import type { WaterFile } from '../../data/water-file';
import {
  provinceCountShading,
  teamsPerProvince,
  type MapShading,
  type ShadingChoice,
  type TeamsPerProvince,
} from '../../domain/map-shading';
import type { PlaceGroup } from '../../domain/team-places';
import type { TeamKind } from '../../domain/team-kinds';
import type { GeometryReport } from './coverage-views';
import { computeGeometry } from './coverage-client';

export type CoverageReport = { type: 'teams-per-province'; counts: TeamsPerProvince } | GeometryReport;

export interface CoverageState {
  choice: ShadingChoice;
  kind: TeamKind | null;
  /** What the table and key show; null while nothing is shaded, or while the chunk loads or the geometry is missing. */
  report: CoverageReport | null;
  shading: MapShading | null;
  computing: boolean;
  failed: boolean;
  retry: () => void;
}

interface CoverageData {
  teams: readonly Team[] | undefined;
  groups: readonly PlaceGroup[] | undefined;
  provinces: readonly ProvinceFeature[] | undefined;
  water: WaterFile['features'] | undefined;
}

/** A number per pair of geo files, for the query key (the files themselves are too large to be a key). */
const fileIds = new WeakMap<object, number>();
let lastFileId = 0;
function fileId(file: object | undefined): number {
  if (!file) return 0;
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = ++lastFileId));
  return id;
}
const NO_WATER: WaterFile['features'] = [];

export function useCoverage(choice: ShadingChoice, kind: TeamKind | null, data: CoverageData): CoverageState {
  const { teams, groups, provinces } = data;
  // Without the lakes (their file failed), the land is the provinces as drawn: the figures then count the lakes too.
  const water = data.water ?? NO_WATER;
  const km = choice.type === 'reach' ? choice.km : null;
  const geometric = choice.type === 'reach' || choice.type === 'nearest';
  const sites = useMemo(
    () =>
      (groups ?? [])
        .filter((group) => kind === null || group.kind === kind)
        .map((group) => ({ id: group.key, coordinates: group.coordinates })),
    [groups, kind],
  );
  const geometry = useQuery({
    queryKey: ['coverage', km ?? 'nearest', kind ?? 'all', fileId(groups), fileId(provinces), fileId(water)],
    queryFn: () => computeGeometry({ provinces: provinces!, water }, { sites, km }),
    enabled: geometric && provinces !== undefined && groups !== undefined,
    staleTime: Infinity,
    retry: false,
  });
  const counts = useMemo(() => (teams ? teamsPerProvince(teams, kind) : null), [teams, kind]);

  const base = { choice, kind, retry: () => void geometry.refetch() };
  if (choice.type === 'teams') return { ...base, report: null, shading: null, computing: false, failed: false };
  if (choice.type === 'teams-per-province') {
    return {
      ...base,
      report: counts && { type: 'teams-per-province', counts },
      shading: counts && provinceCountShading(counts),
      computing: false,
      failed: false,
    };
  }
  return {
    ...base,
    report: geometry.data?.report ?? null,
    shading: geometry.data?.shading ?? null,
    computing: geometry.isPending,
    failed: geometry.isError,
  };
}
