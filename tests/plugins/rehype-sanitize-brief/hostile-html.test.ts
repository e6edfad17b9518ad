import { describe, expect, it } from 'vitest';
import { makeBrief, renderBrief } from './render.ts';

const LINK_ERROR = 'is not a web address: use an http, https or mailto address, or one in the site';

describe('HTML that could run script is removed from a brief', () => {
  it('removes <script> with its content, and warns', async () => {
    const { html, messages } = await renderBrief(makeBrief('<script>alert(document.cookie)</script>'));
    expect(html).not.toMatch(/<script|alert/);
    expect(messages).toEqual([
      '3:1: warning: <script> is not allowed in a brief: it was removed with everything in it',
    ]);
  });

  it('removes <script> inside a paragraph and inside inline SVG too', async () => {
    const { html } = await renderBrief(
      makeBrief('Inline <script>alert(1)</script> and <svg><script>alert(2)</script></svg>.'),
    );
    expect(html).not.toMatch(/<script|<svg|alert/);
    expect(html).toContain('<p>Inline  and .</p>');
  });

  it('removes <iframe> with its content, and warns', async () => {
    const { html, messages } = await renderBrief(makeBrief('<iframe src="https://evil.example/"></iframe>'));
    expect(html).not.toMatch(/<iframe|evil/);
    expect(messages).toEqual([
      '3:1: warning: <iframe> is not allowed in a brief: it was removed with everything in it',
    ]);
  });

  it('removes on* attributes but keeps their elements and text, and warns for each', async () => {
    const { html, messages } = await renderBrief(
      makeBrief(
        '<p onclick="alert(1)">Click <b onmouseover="alert(2)">here</b> <img src="/x.png" alt="x" onerror="alert(3)"></p>',
      ),
    );
    expect(html).not.toMatch(/\son\w+=|alert/);
    expect(html).toContain('<p>Click <b>here</b> <img src="/x.png" alt="x"></p>');
    expect(messages).toEqual([
      '3:1: warning: the onclick attribute of <p> is not allowed in a brief: it was removed',
      '3:29: warning: the onmouseover attribute of <b> is not allowed in a brief: it was removed',
      '3:64: warning: the onerror attribute of <img> is not allowed in a brief: it was removed',
    ]);
  });

  it('removes <style> with its content, and style attributes, and warns', async () => {
    const { html, messages } = await renderBrief(
      makeBrief('<style>body { display: none }</style>\n\n<p style="position:fixed">Covered</p>'),
    );
    expect(html).not.toMatch(/<style|display|position/);
    expect(html).toContain('<p>Covered</p>');
    expect(messages).toEqual([
      '3:1: warning: <style> is not allowed in a brief: it was removed with everything in it',
      '5:1: warning: the style attribute of <p> is not allowed in a brief: it was removed',
    ]);
  });

  it('rejects javascript: links written in Markdown or HTML, however they are spelt, with an error', async () => {
    const { html, messages } = await renderBrief(
      makeBrief(
        '[a](javascript:alert(1)) [b][ref] <javascript:alert(3)> <a href="JaVaScRiPt:alert(4)">d</a> <a href="&#106;avascript:alert(5)">e</a>\n\n[ref]: javascript:alert(2)',
      ),
    );
    expect(html).not.toMatch(/javascript:alert\(\d\)"|href="[^"#h/]/i);
    expect(html).toContain('<p><a>a</a> <a>b</a> <a>javascript:alert(3)</a> <a>d</a> <a>e</a></p>');
    expect(messages).toEqual([
      `3:1: error: the link to "javascript:alert(1)" ${LINK_ERROR}`,
      `3:26: error: the link to "javascript:alert(2)" ${LINK_ERROR}`,
      `3:35: error: the link to "javascript:alert(3)" ${LINK_ERROR}`,
      `3:57: error: the link to "JaVaScRiPt:alert(4)" ${LINK_ERROR}`,
      `3:93: error: the link to "javascript:alert(5)" ${LINK_ERROR}`,
    ]);
  });

  it('rejects a pasted source whose link definition is a javascript: URL', async () => {
    const text =
      '---\ntitle: Pasted\ndate: 2026-05-19\n---\n\nText [1].\n\n[1]: javascript:alert(1) "Evil"\n';
    const { html, messages } = await renderBrief(text);
    expect(html).not.toContain('javascript:alert(1)"');
    // The card and the list entry the pipeline made have no position: the message is given once, without one
    // (the build shows it at the start of the text).
    expect(messages).toEqual([`undefined:undefined: error: the link to "javascript:alert(1)" ${LINK_ERROR}`]);
  });

  it('rejects data: and vbscript: addresses in links and images', async () => {
    const { messages } = await renderBrief(
      makeBrief('<a href="data:text/html,<script>alert(1)</script>">a</a> ![b](vbscript:msgbox)'),
    );
    expect(messages).toEqual([
      `3:1: error: the link to "data:text/html,<script>alert(1)</script>" ${LINK_ERROR}`,
      '3:58: error: the src of <img>, "vbscript:msgbox" is not a web address: use an http or https address, or one in the site',
    ]);
  });

  it('keeps harmless HTML, web links, mail links and links in the site', async () => {
    const body =
      '<abbr title="Artificial intelligence">AI</abbr> [w](https://example.com/a) [m](mailto:desk@example.com) [s](/briefs/x/) [h](#top)';
    const { html, messages } = await renderBrief(makeBrief(body));
    expect(html).toContain(
      '<abbr title="Artificial intelligence">AI</abbr> <a href="https://example.com/a">w</a> <a href="mailto:desk@example.com">m</a> <a href="/briefs/x/">s</a> <a href="#top">h</a>',
    );
    expect(messages).toEqual([]);
  });

  it('removes comments without a word: they are notes between editors', async () => {
    const { html, messages } = await renderBrief(makeBrief('Text <!-- check the spelling --> more.'));
    expect(html).not.toContain('spelling');
    expect(messages).toEqual([]);
  });

  it("prefixes ids an editor writes, so they can never take a citation's place", async () => {
    const { html } = await renderBrief(makeBrief('<span id="b0000000-source-1">fake</span>'));
    expect(html).toContain('<span id="user-content-b0000000-source-1">fake</span>');
  });
});
