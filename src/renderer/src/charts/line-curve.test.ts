// The curve between two points must stay between them: measured with Chart.js's own control-point code, the one
// that draws our lines.
import { _updateBezierControlPoints } from 'chart.js/helpers';
import { describe, expect, it } from 'vitest';
import { LINE_CURVE } from './line-curve';

interface Point {
  x: number;
  y: number;
  skip: boolean;
  cp1x?: number;
  cp1y?: number;
  cp2x?: number;
  cp2y?: number;
}

/**
 * How far (in values) the drawn curve leaves the range of the two points of any segment. A Bézier segment lies in
 * the hull of its end and control points, so checking the control points is enough.
 */
function overshoot(values: number[], curve: object): number {
  const points: Point[] = values.map((v, i) => ({ x: i * 20, y: 400 - v, skip: false }));
  const area = { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6, width: 2e6, height: 2e6 };
  _updateBezierControlPoints(points, { ...curve, capBezierPoints: false }, area, false, 'x');
  let worst = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const lo = Math.min(a.y, b.y);
    const hi = Math.max(a.y, b.y);
    for (const y of [a.cp2y!, b.cp1y!]) worst = Math.max(worst, lo - y, y - hi);
  }
  return worst;
}

const SERIES: Record<string, number[]> = {
  'a 1-min day after a 20-min one': [20, 1, 1, 20, 3],
  'on-time rates touching 100 %': [90, 100, 100, 85, 100, 97],
  'quality scores around the bands': [86, 59, 84, 61, 85, 85, 30],
  'bookings with a dip to zero': [120, 130, 0, 0, 140, 135],
};

describe('line curve', () => {
  it.each(Object.entries(SERIES))('never overshoots: %s', (_name, values) => {
    expect(overshoot(values, LINE_CURVE)).toBeLessThan(1e-9);
  });

  it('is a stricter curve than the tension it replaced (which does overshoot these series)', () => {
    expect(overshoot(SERIES['a 1-min day after a 20-min one']!, { tension: 0.25 })).toBeGreaterThan(0.5);
    expect(overshoot(SERIES['on-time rates touching 100 %']!, { tension: 0.25 })).toBeGreaterThan(0.5);
  });
});
