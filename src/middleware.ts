import { defineMiddleware } from 'astro:middleware';
import { isDevServer } from './lib/dev-server.ts';

/**
 * Under the dev server, checks every brief before any page renders, so that an error in any brief stops every
 * page with Astro's error overlay. A page alone would not do: the dev server keeps a route's `getStaticPaths`
 * and its props between requests, so a brief's page does not ask for the briefs again, and a check made while
 * the layout renders would come after the page has begun to stream with status 200. Builds skip this: their
 * briefs are checked once, by the integration and by src/lib/briefs.ts.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  if (isDevServer()) {
    // Imported on every request, not once: the dev server keeps this middleware loaded, and a module it had
    // imported for good would keep reading the collection as it was when first read (Astro reloads the
    // collection's module when a brief changes, for the modules that import it afresh).
    const { getDevBriefs } = await import('./lib/dev-briefs.ts');
    await getDevBriefs(process.cwd());
  }
  return next();
});
