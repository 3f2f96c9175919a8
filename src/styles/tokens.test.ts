import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, cssCustomMedia, cssCustomProperties, mapColour, media } from './tokens';

const SRC = join(import.meta.dirname, '..');
const sourceFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => /\.(css|ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path))
  .map((path) => ({ path: relative(SRC, join(SRC, path)), text: readFileSync(join(SRC, path), 'utf8') }));
const stylesheets = sourceFiles.filter((file) => file.path.endsWith('.css'));
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/gi;

describe('design tokens', () => {
  it('are the only place with colour literals: no stylesheet, map style or component writes one', () => {
    const literals = sourceFiles
      .filter((file) => file.path !== join('styles', 'tokens.ts'))
      .flatMap((file) => (file.text.match(COLOUR_LITERAL) ?? []).map((literal) => `${file.path}: ${literal}`));
    expect(stylesheets.map((file) => file.path)).toContain(join('features', 'map', 'map.css'));
    expect(literals).toEqual([]);
  });

  it('define every custom property the stylesheets use', () => {
    const defined = new Set([...cssCustomProperties().matchAll(/(--[\w-]+):/g)].map((match) => match[1]));
    const used = stylesheets.flatMap((file) => [...file.text.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('define every breakpoint the stylesheets use, and the stylesheets write no width query of their own', () => {
    const defined = new Set([...cssCustomMedia().matchAll(/@custom-media (--[\w-]+)/g)].map((match) => match[1]));
    const used = stylesheets.flatMap((file) => [...file.text.matchAll(/@media \((--[\w-]+)\)/g)].map((m) => m[1]));
    expect(new Set(used)).toEqual(defined);
    expect(stylesheets.filter((file) => /@media[^{]*width/.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('write one print section per stylesheet at most', () => {
    const twice = stylesheets.filter((file) => (file.text.match(/@media print/g) ?? []).length > 1);
    expect(twice.map((file) => file.path)).toEqual([]);
  });

  it('are named in CSS as in TypeScript, written kebab-case', () => {
    const css = cssCustomProperties();
    expect(css).toMatch(/^:root \{\n/);
    expect(css).toContain(`  --warning-bg: ${colour.warningBg};\n`);
    expect(css).toContain(`  --map-province-selected: ${mapColour.provinceSelected};\n`);
    expect(css).toContain('  --kind-natuurbeheer: #00745a;\n');
    expect(css).toContain('  --space-2: 0.5rem;\n');
    expect(cssCustomMedia()).toContain(`@custom-media --legend-below ${media.legendBelow};`);
    expect(cssCustomMedia()).not.toContain('\n');
  });

  it('keep the map and the lists in step: the selected province is the colour of a chosen item', () => {
    expect(mapColour.provinceSelected).toBe(colour.selected);
  });
});
