// `npm run social-card`: draws public/social-card.png, the one image every page shares on social networks
// (Open Graph and Twitter cards), from the site's name and description. Run it again after changing either.
// One image rather than one per brief: docs/architecture.md, "Social image", gives the measurements.
// sharp comes with Astro (its image service); it renders the SVG with the system's fonts, offline.
import { join } from 'node:path';
import sharp from 'sharp';
import { SITE_DESCRIPTION, SITE_TITLE } from '../src/consts.ts';
import { SOCIAL_IMAGE } from '../src/lib/head-meta.ts';

/** The card as SVG: the site's name, its description over two lines, and a citation group as its emblem. */
function drawSocialCard(title: string, description: string): string {
  const { width, height } = SOCIAL_IMAGE;
  const lines = wrap(description, 40);
  const text = lines
    .map((line, i) => `<text x="96" y="${372 + i * 64}" class="body">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<style>.title{font:700 120px 'DejaVu Serif',serif;fill:#1a1a1a}.body{font:48px 'DejaVu Serif',serif;fill:#595959}
.refs{font:700 56px 'DejaVu Sans',sans-serif;fill:#8a1c1c}</style>
<rect width="${width}" height="${height}" fill="#fffdf8"/><rect y="${height - 24}" width="${width}" height="24" fill="#8a1c1c"/>
<text x="96" y="240" class="title">${escapeXml(title)}</text><text x="${width - 96}" y="168" text-anchor="end" class="refs">[1, 2, 3]</text>
${text}</svg>`;
}

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const output = join(import.meta.dirname, '../public', SOCIAL_IMAGE.path);
await sharp(Buffer.from(drawSocialCard(SITE_TITLE, SITE_DESCRIPTION)))
  .png({ compressionLevel: 9, palette: true })
  .toFile(output);
console.log(`Wrote ${output}`);
