import { describe, expect, it } from 'vitest';
import { readCpuSeconds } from '../../../scripts/bench/measure-build.ts';

describe('CPU time of a build', () => {
  it("adds the user and system time of bash's `times` children line", () => {
    expect(readCpuSeconds('build output\n0m0.004s 0m0.002s\n1m2.500s 0m10.250s\n')).toBe(72.75);
  });

  it('is 0 when the output has no `times` lines', () => {
    expect(readCpuSeconds('build output\n')).toBe(0);
  });
});
