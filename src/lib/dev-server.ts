// Whether the code runs under `npm run dev`. Not `import.meta.env.DEV`: that is true whenever NODE_ENV is not
// `production`, in builds too (Vitest sets NODE_ENV=test for the builds it starts, and so may a CI service),
// and a build must never publish a draft. The integration (src/integrations/brief-checks.ts) sets this from
// Astro's own command; pages run in the same process, under the dev server and in a build alike.

const DEV_SERVER_FLAG = 'FOOTNOTED_DEV_SERVER';

/** Records which Astro command is running: `dev` for the dev server, any other for a build, sync or check. */
export function recordAstroCommand(command: string, env: NodeJS.ProcessEnv = process.env): void {
  env[DEV_SERVER_FLAG] = command === 'dev' ? '1' : '0';
}

/** Whether the running Astro command is the dev server. */
export function isDevServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DEV_SERVER_FLAG] === '1';
}
