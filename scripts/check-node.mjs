// Stops build and test scripts early, with a clear message, when the Node running them is too old.
// Why: Astro 7 and Vitest 5 need Node >= 22.12. The project pins its own Node (the `node` devDependency puts
// a Node 24 binary in node_modules/.bin, which npm scripts put first on PATH), so this only fires when that
// binary is missing, e.g. after `npm install --ignore-scripts`. Without this guard Vitest would still run on
// Node 20 and pass, hiding the problem. Plain JavaScript on purpose: it must run on any Node.
const MINIMUM = [22, 12];

const [major, minor] = process.versions.node.split('.').map(Number);
const isTooOld = major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1]);

if (isTooOld) {
  console.error(
    `Footnoted needs Node.js ${MINIMUM.join('.')} or newer, but this is Node.js ${process.versions.node}.\n` +
      'Run `npm install` (it installs the pinned Node into node_modules/.bin) and use `npm run …`, ' +
      'or install Node.js 22.12+ yourself.',
  );
  process.exit(1);
}
