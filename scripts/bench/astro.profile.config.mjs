// @ts-check
// The site's own config with the Markdown pipeline timed plugin by plugin (plugin-timing.ts), for profiling
// only: `npm run build -- --config scripts/bench/astro.profile.config.mjs` with FOOTNOTED_PROFILE=1 prints
// the time of each plugin, and of each whole render, when the build exits. See docs/performance.md.
import config from '../../astro.config.mjs';
import { formatTally, timeProcessor } from './plugin-timing.ts';

if (process.env.FOOTNOTED_PROFILE === '1') {
  /** @type {import('./plugin-timing.ts').Tally} */
  const tally = new Map();
  // @ts-expect-error: astro.config.mjs always sets a unified processor, which is what timeProcessor takes.
  timeProcessor(config.markdown.processor, tally);
  process.on('exit', () => process.stderr.write(`${formatTally(tally).join('\n')}\n`));
}

export default config;
