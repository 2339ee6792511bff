import { describe, expect, it } from 'vitest';
import { labelStep, linear, niceTicks } from '@/features/insights/plot/scale';

describe('chart scales', () => {
  it('round ticks covering the values, whole numbers for counts', () => {
    expect(niceTicks(0, 1562)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(-100, 100)).toEqual([-100, -50, 0, 50, 100]);
    expect(niceTicks(4, 5)).toEqual([4, 4.25, 4.5, 4.75, 5]);
    expect(niceTicks(0, 3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0)).toEqual([0]);
  });

  it('maps a domain onto pixels, upside down for a y axis', () => {
    const y = linear([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(linear([5, 5], [0, 10])(5)).toBe(0);
  });

  it('labels every band while they fit, then every n-th', () => {
    expect(labelStep(80, 50)).toBe(1);
    expect(labelStep(20, 50)).toBe(4);
  });
});
