import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceToShapeKm, shapeContains, type Shape } from './geo';

/** A square of `size` degrees at (lon, lat) with a square hole in its middle. */
const squareWithHole = (lon: number, lat: number, size: number): Shape => [
  [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
    [
      [lon + size / 3, lat + size / 3],
      [lon + (2 * size) / 3, lat + size / 3],
      [lon + (2 * size) / 3, lat + (2 * size) / 3],
      [lon + size / 3, lat + (2 * size) / 3],
      [lon + size / 3, lat + size / 3],
    ],
  ],
];

describe('region geometry', () => {
  it('finds points inside a polygon and outside its hole', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -170, max: 160, noNaN: true }),
        fc.double({ min: -80, max: 70, noNaN: true }),
        fc.double({ min: 0.05, max: 0.3, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (lon, lat, ux, uy) => {
          const shape = squareWithHole(lon, lat, 9);
          const inHole = ux > 1 / 3 && ux < 2 / 3 && uy > 1 / 3 && uy < 2 / 3;
          const px = lon + ux * 9;
          const py = lat + uy * 9;
          // Stay clear of the hole's edges, where rounding decides.
          fc.pre(Math.abs(ux - 1 / 3) > 1e-6 && Math.abs(ux - 2 / 3) > 1e-6);
          fc.pre(Math.abs(uy - 1 / 3) > 1e-6 && Math.abs(uy - 2 / 3) > 1e-6);
          expect(shapeContains(shape, py, px)).toBe(!inHole);
        },
      ),
    );
  });

  it('measures distance to the edge in kilometres: one degree of latitude is about 111 km', () => {
    const shape = squareWithHole(30, 50, 1);
    expect(distanceToShapeKm(shape, 50.5, 30.1)).toBe(0);
    expect(distanceToShapeKm(shape, 52, 30.5)).toBeCloseTo(111.2, 0);
  });

  it('finds a point east of the antimeridian in a shape written past 180°', () => {
    const chukotka: Shape = [
      [
        [
          [175, 64],
          [190, 64],
          [190, 70],
          [175, 70],
          [175, 64],
        ],
      ],
    ];
    expect(shapeContains(chukotka, 66, -175)).toBe(true);
    expect(shapeContains(chukotka, 66, 170)).toBe(false);
  });
});
