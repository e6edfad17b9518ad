import { describe, expect, it } from 'vitest';
import { isDevServer, recordAstroCommand } from '../../src/lib/dev-server.ts';

describe('isDevServer', () => {
  it('is true after the dev command only, whatever NODE_ENV says', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'test' };
    expect(isDevServer(env)).toBe(false);
    recordAstroCommand('dev', env);
    expect(isDevServer(env)).toBe(true);
    recordAstroCommand('build', env);
    expect(isDevServer(env)).toBe(false);
  });
});
