import { describe, expect, it } from 'vitest';
import type { BriefSource } from '../../../src/citations/index.ts';
import { createData, renderSourceList } from './helpers.ts';

const GONE: BriefSource = {
  title: 'A report that is gone',
  publisher: 'Example News',
  url: 'https://example-news.com/gone',
};
const ARCHIVED: BriefSource = {
  ...GONE,
  archiveUrl: 'https://web.archive.org/web/2026/https://example-news.com/gone',
};

describe('option `deadUrls`', () => {
  it('marks nothing by default', async () => {
    const { html } = await renderSourceList(createData([GONE]));
    expect(html).not.toContain('source-status');
    expect(html).not.toContain('no longer online');
  });

  it('says quietly, after the reference, that a listed source is no longer online', async () => {
    const { html } = await renderSourceList(createData([GONE]), { deadUrls: [GONE.url] });
    expect(html).toContain(
      'Example News · example-news.com</span> <small class="source-status">(no longer online)</small> <span class="source-backlinks">',
    );
  });

  it('links the archived copy when the source has one', async () => {
    const { html } = await renderSourceList(createData([ARCHIVED]), { deadUrls: [GONE.url] });
    expect(html).toContain(
      '<small class="source-status">(no longer online; <a href="https://web.archive.org/web/2026/https://example-news.com/gone" rel="noopener noreferrer">archived copy</a>)</small>',
    );
  });

  it('matches URLs exactly, and accepts null', async () => {
    const other = await renderSourceList(createData([GONE]), { deadUrls: [`${GONE.url}/`] });
    expect(other.html).not.toContain('no longer online');
    const none = await renderSourceList(createData([GONE]), { deadUrls: null });
    expect(none.html).not.toContain('no longer online');
  });
});
