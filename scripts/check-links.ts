// `npm run check:links [-- DIR]`: checks every internal link, asset and #anchor of a built site (dist/ by
// default), with the SITE_URL and BASE_PATH it was built with. Prints each broken link and exits 1 if any.
import { resolve } from 'node:path';
import { DEFAULT_SITE_URL } from '../src/consts.ts';
import { checkSiteLinks } from './links/find-broken-links.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const site = { siteUrl: process.env.SITE_URL || DEFAULT_SITE_URL, basePath: process.env.BASE_PATH || '/' };
const report = checkSiteLinks(siteDir, site);
for (const link of report.broken) console.error(`${link.page}: ${link.where} ${link.url}: ${link.reason}`);
console.log(`${report.broken.length} broken of ${report.links} links in ${report.pages} pages (${siteDir})`);
process.exitCode = report.broken.length > 0 ? 1 : 0;
