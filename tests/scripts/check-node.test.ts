import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNodeVersionProblem, MINIMUM_NODE } from '../../scripts/check-node.mjs';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

describe('the Node version guard of build and test scripts', () => {
  it('stops on Node 20 and on 22 before 22.12, with a message saying what to do', () => {
    expect(getNodeVersionProblem('20.20.2')).toMatch(
      /needs Node\.js 22\.12 or newer, but this is Node\.js 20\.20\.2/,
    );
    expect(getNodeVersionProblem('22.11.0')).toMatch(/Run `npm install`/);
  });

  it('lets 22.12 and newer through', () => {
    expect(getNodeVersionProblem('22.12.0')).toBeUndefined();
    expect(getNodeVersionProblem('24.21.0')).toBeUndefined();
    expect(getNodeVersionProblem('26.0.0')).toBeUndefined();
  });

  it('agrees with engines in package.json, and the pinned Node satisfies it', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE.join('.')}.0`);
    expect(getNodeVersionProblem(pkg.devDependencies.node)).toBeUndefined();
    expect(getNodeVersionProblem(process.versions.node)).toBeUndefined();
  });
});
