import { launchChromium } from '../../browser/chromium.ts';
import { readHeadersFile, startStaticServer } from '../../../scripts/static-server.ts';

/** What a reader sees after searching: the results' links, and every CSP violation and page error. */
export interface BrowserSearch {
  hrefs: string[];
  problems: string[];
}

/**
 * Opens the search page of the site in `siteDir`, served under `basePath` with its `_headers`, in Chromium,
 * types `query` into Pagefind's search box and reads the links of the results.
 */
export async function searchInChromium(options: {
  chromium: string;
  siteDir: string;
  basePath: string;
  query: string;
}): Promise<BrowserSearch> {
  const headers = readHeadersFile(options.siteDir);
  const server = await startStaticServer(options.siteDir, { basePath: options.basePath, headers });
  const context = await launchChromium(options.chromium);
  const problems: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.origin}${options.basePath}search/`);
    await page.getByRole('searchbox').fill(options.query);
    const results = page.locator('pagefind-results a[href]');
    await results
      .first()
      .waitFor({ timeout: 20_000 })
      .catch((error: unknown) => {
        throw new Error(
          `no search results appeared; the page reported: ${problems.join('; ') || 'nothing'}`,
          {
            cause: error,
          },
        );
      });
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return { hrefs, problems };
  } finally {
    await context.close();
    await server.close();
  }
}
