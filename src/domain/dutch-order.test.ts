import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES } from './provinces';
import { compareDutch } from './dutch-order';

/** Every text in the gazetteer and the teams file: the place, municipality, province and team names we sort. */
function namesInTheData(): string[] {
  const names: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') names.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of ['public/data/places.json', 'public/data/2021/teams.json'])
    walk(JSON.parse(readFileSync(file, 'utf8')));
  // Names, not the quoted sentences the teams file carries as sources.
  const isName = (text: string) => /\p{L}/u.test(text) && !text.includes('"') && text.length <= 60;
  return [...new Set([...names, ...Object.values(PROVINCE_NAMES)])].filter(isName);
}

describe('compareDutch', () => {
  const collator = new Intl.Collator('nl');

  it('orders as Dutch does: case and accents second, letters first', () => {
    const names = ['Zuid-Holland', 'éénhoorn', 'Utrecht', 'appel', 'Eindhoven', 'IJsselmonde', 'Ede', 'Eëmland', 'ede'];
    expect([...names].sort(compareDutch)).toEqual([...names].sort(collator.compare));
    expect(compareDutch('a', 'a')).toBe(0);
  });

  it('puts every name in the data files where the Dutch collator puts it', () => {
    const names = namesInTheData();
    expect(names.length).toBeGreaterThan(1000);
    expect([...names].sort(compareDutch)).toEqual([...names].sort(collator.compare));
  });
});
