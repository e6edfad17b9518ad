import type { Page } from 'playwright-core';

/** A citation group as the page shows it: its id, the numbers its links name, the card its button opens. */
export interface GroupOnPage {
  id: string;
  numbers: number[];
  cardId: string;
  buttonName: string;
}

/** Every citation group of the page, in document order. */
export function readGroups(page: Page): Promise<GroupOnPage[]> {
  return page.locator('sup.source-refs').evaluateAll((groups) =>
    groups.map((group) => {
      const button = group.querySelector('button');
      return {
        id: group.id,
        numbers: [...group.querySelectorAll('a[role="doc-noteref"]')].map((link) => Number(link.textContent)),
        cardId: button?.getAttribute('popovertarget') ?? '',
        buttonName: button?.getAttribute('aria-label') ?? '',
      };
    }),
  );
}

/** What an open card shows: its notes, and the number, publisher and link of each source it lists. */
export interface CardOnPage {
  open: boolean;
  notes: string;
  numbers: number[];
  links: string[];
}

/** Reads the card with id `cardId`. */
export function readCard(page: Page, cardId: string): Promise<CardOnPage> {
  return page.locator(`[id="${cardId}"]`).evaluate((card) => ({
    open: card.matches(':popover-open'),
    notes: card.querySelector('p')?.textContent ?? '',
    numbers: [...card.querySelectorAll('li')].map((item) => Number(item.getAttribute('value'))),
    links: [...card.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
  }));
}

/** Describes the focused element: its tag, id, popover target and link target, and the card it sits in. */
export function describeFocus(
  page: Page,
): Promise<{ tag: string; text: string; target: string; inCard: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent ?? '',
      target: element?.getAttribute('popovertarget') ?? element?.getAttribute('href') ?? '',
      inCard: element?.closest('[popover]')?.id ?? '',
    };
  });
}

/** Whether the element's box lies inside the viewport. */
export function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });
}

/**
 * Removes every `@supports (position-area: …)` block from the page's style sheets: the page as a browser
 * without CSS anchor positioning sees it. Returns how many blocks were removed.
 */
export function dropAnchorPositioning(page: Page): Promise<number> {
  return page.evaluate(() => {
    let removed = 0;
    const drop = (list: CSSRuleList, owner: CSSStyleSheet | CSSGroupingRule) => {
      for (let index = list.length - 1; index >= 0; index -= 1) {
        const rule = list[index];
        if (rule instanceof CSSSupportsRule && rule.conditionText.includes('position-area')) {
          owner.deleteRule(index);
          removed += 1;
        } else if (rule instanceof CSSGroupingRule) drop(rule.cssRules, rule);
      }
    };
    for (const sheet of document.styleSheets) drop(sheet.cssRules, sheet);
    return removed;
  });
}

/** The vertical distance between an element and another's nearest edge: 0 when they touch, above or below. */
export async function measureGap(page: Page, selectors: [string, string]): Promise<number> {
  const [a, b] = await Promise.all(selectors.map((selector) => page.locator(selector).boundingBox()));
  if (!a || !b) return Number.POSITIVE_INFINITY;
  return Math.min(Math.abs(b.y - (a.y + a.height)), Math.abs(a.y - (b.y + b.height)));
}
