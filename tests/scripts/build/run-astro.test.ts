import { describe, expect, it } from 'vitest';
import { getAstroEnv } from '../../../scripts/build/run-astro.ts';

describe('the astro build child process', () => {
  it('runs with telemetry off, whatever the caller set, and keeps the rest of the environment', () => {
    const env = getAstroEnv({ BRIEFS_DIR: 'x', ASTRO_TELEMETRY_DISABLED: '' });
    expect(env).toEqual({ BRIEFS_DIR: 'x', ASTRO_TELEMETRY_DISABLED: '1' });
  });
});
