import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a built page, e.g. `readBuiltPage(outDir, 'briefs/x/')` reads `briefs/x/index.html`. */
export function readBuiltPage(outDir: string, path: string): string {
  const file = path.endsWith('.html') ? join(outDir, path) : join(outDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`the build did not write ${file}`);
  return readFileSync(file, 'utf8');
}

/** The visible text of some HTML, tags removed and whitespace collapsed: good enough to find sentences. */
export function getText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
