import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The JSON report is what .ci/run reads for its closing `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/test-results.json' },
    // Build tests run a real `astro build`; each takes several seconds on two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
