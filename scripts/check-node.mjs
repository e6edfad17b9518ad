// Stops build and test scripts early, with a clear message, when the Node running them is too old.
// Why: Astro 7 and Vitest 5 need Node >= 22.12. The project pins its own Node (the `node` devDependency puts
// a Node 24 binary in node_modules/.bin, which npm scripts put first on PATH), so this only fires when that
// binary is missing, e.g. after `npm install --ignore-scripts`. Without this guard Vitest would still run on
// Node 20 and pass, hiding the problem. Plain JavaScript on purpose: it must run on any Node.
import { pathToFileURL } from 'node:url';

/** The oldest Node that Astro 7 and Vitest 5 support; `engines` in package.json says the same. */
export const MINIMUM_NODE = [22, 12];

/** The message to stop with when `version` (such as `20.20.2`) is too old, or undefined when it will do. */
export function getNodeVersionProblem(version) {
  const [major, minor] = version.split('.').map(Number);
  const isTooOld = major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1]);
  if (!isTooOld) return undefined;
  return (
    `Footnoted needs Node.js ${MINIMUM_NODE.join('.')} or newer, but this is Node.js ${version}.\n` +
    'Run `npm install` (it installs the pinned Node into node_modules/.bin) and use `npm run …`, ' +
    'or install Node.js 22.12+ yourself.'
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = getNodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
