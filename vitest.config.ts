import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The JSON report is what .ci/run reads for its closing `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/test-results.json' },
    // Build tests run a real `astro build`; each takes seconds on two cores, but one that hangs is killed and
    // run again after two minutes (tests/helpers/astro-build.ts), which both timeouts leave room for.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The commands the tests run print without colours, as on a terminal-less machine: with CI set, Astro and
    // others colour their output even into a pipe, and tests read that output line by line.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
  },
});
