import type { BrowserContext, Page } from 'playwright-core';

/** What the browser computed for an element's type: its font stack, style, synthesis, emphasis and language. */
export interface FontOnPage {
  family: string;
  style: string;
  synthesis: string;
  emphasis: string;
  /** The `lang` of the element itself, if it has one. */
  lang: string | null;
}

/** The computed type of the first element matching each selector (in order); a missing element fails. */
export function readFonts(page: Page, selectors: readonly string[]): Promise<FontOnPage[]> {
  return page.evaluate((list) => {
    return list.map((selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no element matches ${selector}`);
      const style = getComputedStyle(element);
      return {
        family: style.fontFamily,
        style: style.fontStyle,
        synthesis: style.getPropertyValue('font-synthesis-style'),
        emphasis: style.getPropertyValue('text-emphasis-style'),
        lang: element.getAttribute('lang'),
      };
    });
  }, selectors);
}

/** The fonts the browser drew an element's own text with (DevTools' "Rendered fonts"), by family name. */
export async function readPlatformFonts(
  context: BrowserContext,
  page: Page,
  selector: string,
): Promise<string[]> {
  const session = await context.newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await session.detach();
  }
}
