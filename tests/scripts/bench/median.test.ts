import { describe, expect, it } from 'vitest';
import { median, medianBuild } from '../../../scripts/bench/median.ts';

const build = (seconds: number, cpuSeconds: number, peakRssBytes: number) => ({
  seconds,
  cpuSeconds,
  peakRssBytes,
  outputBytes: 100,
});

describe('the median of repeated builds', () => {
  it('is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([20.6, 18.8])).toBeCloseTo(19.7);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow('no values');
  });

  it('takes each figure’s own median and keeps every run’s wall time in order', () => {
    const runs = [build(20, 30, 900), build(10, 35, 1000), build(15, 25, 1100)];
    expect(medianBuild(runs)).toEqual({
      seconds: 15,
      cpuSeconds: 30,
      peakRssBytes: 1000,
      outputBytes: 100,
      runSeconds: [20, 10, 15],
    });
  });
});
