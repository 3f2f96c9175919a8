import { describe, expect, it } from 'vitest';
import { realTeamsFile } from '../../tests/fixtures/public-files';
import { PROVINCE_NAMES } from '../domain/provinces';
import { placeSummary } from '../domain/place-summary';
import { readingOrder, nearestInDirection, relativePosition } from '../domain/spatial-focus';
import { placeGroups } from '../domain/team-places';
import { kindCountsText } from './place-messages';
import { distanceText, lastInDirectionText, placeMoveText, provinceMoveText } from './map-keyboard-messages';

describe('placeMoveText', () => {
  const move = {
    place: 'Zwolle',
    province: 'Overijssel',
    teams: '1 pandgebonden en 1 administratief team',
    position: 12,
    of: 30,
    from: { place: 'Kalenberg', km: 34.6, towards: 'se' as const },
    search: null,
  };

  it('says the place, its teams, where it is in the order and where it lies from the last place (Dutch)', () => {
    expect(placeMoveText(move, 'nl')).toBe(
      'Zwolle, Overijssel: 1 pandgebonden en 1 administratief team. 12 van 30. 35 km naar het zuidoosten van Kalenberg.',
    );
  });

  it('says the same in English, and the distance to a searched place', () => {
    expect(placeMoveText({ ...move, from: null, search: { place: 'Amersfoort', km: 3.44 } }, 'en')).toBe(
      'Zwolle, Overijssel: 1 pandgebonden en 1 administratief team. 12 of 30. 3.4 km from Amersfoort.',
    );
  });

  it('says so when an arrow finds nothing further that way', () => {
    expect(lastInDirectionText('north', 'Lauwersoog', 'nl')).toBe(
      'Geen plaats met teams meer naar het noorden van Lauwersoog.',
    );
    expect(lastInDirectionText('west', 'Zonnemaire', 'en')).toBe(
      'No more places with teams to the west of Zonnemaire.',
    );
  });

  it('announces a province with its teams and its position', () => {
    expect(provinceMoveText('Gelderland', '10 teams', 3, 12, 'nl')).toBe('Gelderland: 10 teams. Provincie 3 van 12.');
  });

  it('writes distances in the language’s notation, with a decimal below 10 km', () => {
    expect(distanceText(3.44, 'nl')).toBe('3,4 km');
    expect(distanceText(12.4, 'nl')).toBe('12 km');
    expect(distanceText(1234, 'en')).toBe('1,234 km');
  });
});

describe('a walk over the real places', () => {
  // Every place of the real file, once, with its teams in words: what the map announces on each arrow.
  const groups = placeGroups(realTeamsFile().teams);
  const places = readingOrder(
    [...new Set(groups.map((g) => g.key))]
      .map((key) => placeSummary(groups, key)!)
      .filter((summary, index, all) => all.findIndex((other) => other.slug === summary.slug) === index),
  );

  it('announces every arrow from every place, or the end of that direction', () => {
    for (const from of places) {
      for (const direction of ['north', 'east', 'south', 'west'] as const) {
        const to = nearestInDirection(places, from.coordinates, direction);
        const text = to
          ? placeMoveText(
              {
                place: to.place,
                province: PROVINCE_NAMES[to.province],
                teams: kindCountsText(to.kinds, 'nl'),
                position: places.indexOf(to) + 1,
                of: places.length,
                from: { place: from.place, ...relativePosition(from.coordinates, to.coordinates) },
                search: null,
              },
              'nl',
            )
          : lastInDirectionText(direction, from.place, 'nl');
        expect(text).toContain(to ? to.place : from.place);
        expect(text).not.toMatch(/undefined|NaN/);
      }
    }
  });

  it('leaves no place unreachable: from the first in reading order, arrows reach all of them', () => {
    const reached = new Set([places[0]!.slug]);
    const queue = [places[0]!];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const direction of ['north', 'east', 'south', 'west'] as const) {
        const to = nearestInDirection(places, from.coordinates, direction);
        if (to && !reached.has(to.slug)) {
          reached.add(to.slug);
          queue.push(to);
        }
      }
    }
    expect(reached.size).toBe(places.length);
  });
});
