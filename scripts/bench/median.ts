// The median of repeated builds: on a shared machine one build can take half as long again as the same build a
// minute later, so the bench repeats the builds it compares and judges their medians (issue 16's own table gives
// the median of two runs at 1000 briefs).
import type { BuildMeasurement } from './measure-build.ts';

/** The median of some numbers; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Repeated measurements of one build as one: each figure's median, and every run's wall time. */
export function medianBuild(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const of = (pick: (run: BuildMeasurement) => number) => median(runs.map(pick));
  return {
    seconds: of((run) => run.seconds),
    cpuSeconds: of((run) => run.cpuSeconds),
    peakRssBytes: of((run) => run.peakRssBytes),
    outputBytes: of((run) => run.outputBytes),
    runSeconds: runs.map((run) => run.seconds),
  };
}
