import { describe, expect, it } from 'vitest';
import { EDGE_BOX_SIZE } from './map-layers';
import { EDGE_SPACING, edgePoints, outlinePoints } from './viewport-edge';

describe('the boxes along the map’s edges', () => {
  const [width, height] = [390, 523];
  const points = edgePoints(width, height);

  it('stand on the four edges, corners included, and nowhere else', () => {
    for (const [x, y] of points) expect(x === 0 || y === 0 || x === width || y === height, `${x},${y}`).toBe(true);
    for (const corner of [
      [0, 0],
      [width, 0],
      [0, height],
      [width, height],
    ])
      expect(points).toContainEqual(corner);
    expect(new Set(points.map((p) => p.join())).size).toBe(points.length);
  });

  it('leave no gap a line of text could pass, and never touch each other', () => {
    const onEdge = (along: (p: [number, number]) => boolean, coordinate: (p: [number, number]) => number) =>
      points
        .filter(along)
        .map(coordinate)
        .sort((a, b) => a - b);
    for (const row of [
      onEdge(
        ([, y]) => y === 0,
        ([x]) => x,
      ),
      onEdge(
        ([, y]) => y === height,
        ([x]) => x,
      ),
      onEdge(
        ([x]) => x === 0,
        ([, y]) => y,
      ),
      onEdge(
        ([x]) => x === width,
        ([, y]) => y,
      ),
    ]) {
      for (let i = 1; i < row.length; i++) {
        const step = row[i]! - row[i - 1]!;
        expect(step).toBeLessThanOrEqual(EDGE_SPACING);
        expect(step).toBeGreaterThan(EDGE_BOX_SIZE);
      }
    }
  });

  it('are none before the map has a size', () => {
    expect(edgePoints(0, 600)).toEqual([]);
  });

  it('also run round what lies over the map, as far as it lies over it', () => {
    const legend = { left: 250, top: 400, right: 420, bottom: 600 };
    const over = edgePoints(width, height, [legend]);
    const own = outlinePoints({ left: 250, top: 400, right: width, bottom: height });
    expect(over).toEqual([...points, ...own]);
    // Something beside or below the map (the legend under a phone's map) adds nothing.
    expect(edgePoints(width, height, [{ left: 0, top: height + 10, right: width, bottom: height + 200 }])).toEqual(
      points,
    );
  });
});
