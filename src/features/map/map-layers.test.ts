import { describe, expect, it, vi } from 'vitest';
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { realTeamsFile } from '../../../tests/fixtures/public-files';
import { TEAM_KINDS, type TeamKind } from '../../domain/team-kinds';
import { placeGroups } from '../../domain/team-places';
import {
  CLUSTER_MAX_ZOOM,
  MAX_PLACE_LABELS,
  mapStyle,
  placeLabelFeatures,
  SOURCE,
  teamClusterFeatures,
  teamClusterSourceId,
  teamFeatures,
  teamIconExpression,
  teamLayerId,
} from './map-layers';
import { symbolOffset } from './map-look';

const groups = placeGroups(realTeamsFile().teams);

/** A feature's properties as maplibre's tiles hold them: numbers, text and booleans as they are, the rest as JSON. */
function asInTiles(properties: GeoJSON.GeoJsonProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties ?? {}).map(([key, value]) => [
      key,
      ['string', 'number', 'boolean'].includes(typeof value) ? value : `__$json__:${JSON.stringify(value)}`,
    ]),
  );
}

/** A team layer's layout property, evaluated by maplibre's own expression code, for a feature as the tiles hold it. */
function teamLayout(
  key: 'icon-offset' | 'icon-image',
  properties: GeoJSON.GeoJsonProperties,
  { kind = 'pandgebonden', style = mapStyle() }: { kind?: TeamKind; style?: StyleSpecification } = {},
): unknown {
  const layer = style.layers.find((l) => l.id === teamLayerId(kind)) as SymbolLayerSpecification;
  const parsed = expression.createPropertyExpression(
    layer.layout?.[key],
    key,
    // Layout properties have no transition in the reference, which the type asks of every property.
    { ...latest.layout_symbol[key], transition: false } as StylePropertySpecification,
  );
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties: asInTiles(properties) });
}
const iconOffset = (properties: GeoJSON.GeoJsonProperties) => teamLayout('icon-offset', properties);

describe('the team layers’ symbol offset', () => {
  it('is kept in the features as numbers and text only, which maplibre’s tiles keep as they are', () => {
    for (const feature of teamFeatures(groups).features) {
      for (const value of Object.values(feature.properties ?? {})) {
        expect(['string', 'number']).toContain(typeof value);
      }
    }
  });

  it('puts the symbols of kinds sharing a place side by side, as read back from the tiles, without a warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const offsetAt = (key: string) =>
      iconOffset(teamFeatures(groups).features.find((f) => f.properties?.key === key)?.properties ?? null);
    // Den Haag and Zwolle have a building and an office team; the building symbol stands to the left.
    expect(offsetAt('den-haag-pandgebonden')).toEqual([-13, 0]);
    expect(offsetAt('den-haag-administratief')).toEqual([13, 0]);
    expect(offsetAt('zwolle-pandgebonden')).toEqual([-13, 0]);
    expect(offsetAt('zwolle-administratief')).toEqual([13, 0]);
    expect(offsetAt('baarn-natuurbeheer')).toEqual([0, 0]);
    for (const group of groups) expect(iconOffset({ offset: symbolOffset(group) })).toEqual([symbolOffset(group), 0]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('reaches as far as all kinds at one place need', () => {
    const slots = TEAM_KINDS.length;
    for (let slot = 0; slot < slots; slot++) {
      const offset = symbolOffset({ slot, slots });
      expect(iconOffset({ offset })).toEqual([offset, 0]);
    }
  });
});

describe('the team layers above the clustering threshold', () => {
  const clusteredStyle = mapStyle({ teams: teamFeatures(groups), teamClusters: teamClusterFeatures(groups) });

  it('are not clustered with the real teams: one source for all kinds, filtered by kind', () => {
    const style = mapStyle({ teams: teamFeatures(groups) });
    expect(Object.keys(style.sources).filter((id) => id.startsWith('team-clusters'))).toEqual([]);
    for (const kind of TEAM_KINDS) {
      const layer = style.layers.find((l) => l.id === teamLayerId(kind)) as SymbolLayerSpecification;
      expect(layer.source).toBe(SOURCE.teams);
      expect(layer.filter).toEqual(['==', ['get', 'kind'], kind]);
    }
  });

  it('draw each kind from its own clustered source, whose clusters sum the teams', () => {
    for (const kind of TEAM_KINDS) {
      const source = clusteredStyle.sources[teamClusterSourceId(kind)] as GeoJSONSourceSpecification;
      expect(source).toMatchObject({ type: 'geojson', cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM });
      expect(source.clusterProperties).toEqual({ count: ['+', ['get', 'count']] });
      const data = source.data as GeoJSON.FeatureCollection;
      expect(data.features.map((f) => f.properties?.key)).toEqual(
        groups.filter((g) => g.kind === kind).map((g) => g.key),
      );
      const layer = clusteredStyle.layers.find((l) => l.id === teamLayerId(kind)) as SymbolLayerSpecification;
      expect(layer.source).toBe(teamClusterSourceId(kind));
      expect(layer.filter).toBeUndefined();
    }
  });

  it('give a cluster its kind’s symbol with the summed count, beside the other kinds; a place keeps its own', () => {
    const warn = vi.spyOn(console, 'warn');
    const cluster = { cluster: true, cluster_id: 7, point_count: 3, point_count_abbreviated: '3', count: 12 };
    for (const [slot, kind] of TEAM_KINDS.entries()) {
      const options = { kind, style: clusteredStyle };
      expect(String(teamLayout('icon-image', cluster, options))).toBe(`team:${kind}:12`);
      const offset = symbolOffset({ slot, slots: TEAM_KINDS.length });
      expect(teamLayout('icon-offset', cluster, options)).toEqual([offset, 0]);
    }
    const denHaag = teamFeatures(groups).features.find((f) => f.properties?.key === 'den-haag-pandgebonden')!;
    const options = { kind: 'pandgebonden' as const, style: clusteredStyle };
    expect(teamLayout('icon-offset', denHaag.properties, options)).toEqual([-13, 0]);
    expect(String(teamLayout('icon-image', denHaag.properties, options))).toBe(
      `team:pandgebonden:${denHaag.properties?.count}`,
    );
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('ring a selected place, never a cluster (it has no key)', () => {
    const icon = (properties: GeoJSON.GeoJsonProperties) => {
      const parsed = expression.createPropertyExpression(teamIconExpression(['p-1'], 'administratief'), 'icon-image', {
        ...latest.layout_symbol['icon-image'],
        transition: false,
      } as StylePropertySpecification);
      if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
      return String(parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties: asInTiles(properties) }));
    };
    expect(icon({ key: 'p-1', count: 2 })).toBe('team:administratief:2:selected');
    expect(icon({ key: 'p-2', count: 1 })).toBe('team:administratief:1');
    expect(icon({ cluster: true, cluster_id: 3, point_count: 4, count: 9 })).toBe('team:administratief:9');
  });
});

describe('placeLabelFeatures', () => {
  it('gives maplibre at most MAX_PLACE_LABELS names, the first in placement order', () => {
    const labels = Array.from({ length: MAX_PLACE_LABELS + 50 }, (_, rank) => ({
      key: `p${rank}`,
      name: `Plaats ${rank}`,
      province: 'NL-UT' as const,
      coordinates: [5, 52] as const,
      teams: 1,
      symbols: rank % 2 === 0 ? 1 : 2,
      rank,
      leading: rank === 0,
    }));
    const { features } = placeLabelFeatures(labels);
    expect(features).toHaveLength(MAX_PLACE_LABELS);
    expect(features.at(-1)?.properties?.rank).toBe(MAX_PLACE_LABELS - 1);
    // Two symbols side by side push the name farther out than one.
    expect(features[1]!.properties!.offset).toBeGreaterThan(features[0]!.properties!.offset);
  });
});

describe('the place names’ positions', () => {
  function anchors(properties: GeoJSON.GeoJsonProperties): string[] {
    const layer = mapStyle().layers.find((l) => l.id === 'place-labels') as SymbolLayerSpecification;
    const key = 'text-variable-anchor-offset';
    const parsed = expression.createPropertyExpression(layer.layout?.[key], key, {
      ...latest.layout_symbol[key],
      transition: false,
    } as StylePropertySpecification);
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    const value = parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties: asInTiles(properties) }) as {
      values: unknown[];
    };
    return value.values.filter((v): v is string => typeof v === 'string');
  }
  const feature = (lon: number) =>
    placeLabelFeatures([
      { key: 'x', name: 'X', province: 'NL-UT', coordinates: [lon, 52], teams: 1, symbols: 1, rank: 0, leading: true },
    ]).features[0]!.properties;

  it('puts a name in the east left of its symbol first (maplibre anchor "right"), and right near the edge only last of the sides', () => {
    const sides = ['left', 'right', 'top', 'bottom'];
    const east = anchors(feature(6.9)).filter((anchor) => sides.includes(anchor));
    expect(east[0]).toBe('right');
    expect(east.at(-1)).toBe('left');
    expect(anchors(feature(5.0))[0]).toBe('left');
    const west = anchors(feature(3.9)).filter((anchor) => sides.includes(anchor));
    expect(west.at(-1)).toBe('right');
  });
});
