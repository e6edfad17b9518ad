import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractMainText, fingerprintBody, normaliseText } from '../../../scripts/sources/fingerprint.ts';
import { createPage } from '../../helpers/source-server.ts';

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('extractMainText', () => {
  it('keeps the main text and strips scripts, styles, navigation, headers, footers, asides and hidden parts', () => {
    expect(extractMainText(createPage('The harbour reopened on Tuesday.'))).toBe(
      'Harbour story The harbour reopened on Tuesday.',
    );
  });

  it('takes the longest article when there is no <main>, keeping the article’s own header', () => {
    const page =
      '<body><nav>Menu</nav><article><p>Short teaser.</p></article>' +
      '<article><header>Headline</header><p>The long story, with more words.</p></article></body>';
    expect(extractMainText(page)).toBe('Headline The long story, with more words.');
  });

  it('reads the body without its page header when there is neither <main> nor <article>', () => {
    expect(
      extractMainText('<body><header>Site</header><div>Body <b>text</b></div><div>here</div></body>'),
    ).toBe('Body text here');
  });

  it('drops landmark roles of furniture and aria-hidden parts, and separates block words', () => {
    const page =
      '<main><div role="navigation">Menu</div><p>One</p><p>two</p><span aria-hidden="true">icon</span></main>';
    expect(extractMainText(page)).toBe('One two');
  });
});

describe('fingerprints', () => {
  it('normalises whitespace and composes characters', () => {
    expect(normaliseText('  a \n\t b  e\u0301 ')).toBe('a b é');
  });

  it('fingerprints HTML by its main text, so boilerplate changes change nothing', () => {
    const a = fingerprintBody(bytes(createPage('Same story.', 'Menu 1')), 'text/html; charset=utf-8');
    const b = fingerprintBody(bytes(createPage('Same story.', 'Menu 2')), 'text/html');
    expect(a).toBe(sha256('Harbour story Same story.'));
    expect(b).toBe(a);
    expect(fingerprintBody(bytes(createPage('Other story.')), 'text/html')).not.toBe(a);
  });

  it('fingerprints other text normalised, and anything else by its bytes', () => {
    expect(fingerprintBody(bytes(' a\n b '), 'text/plain')).toBe(sha256('a b'));
    expect(fingerprintBody(new Uint8Array([1, 2, 3]), 'application/pdf')).toBe(
      `sha256:${createHash('sha256')
        .update(new Uint8Array([1, 2, 3]))
        .digest('hex')}`,
    );
  });
});
