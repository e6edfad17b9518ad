import type { Page } from 'playwright-core';
import { describeFocus } from './page-facts.ts';

/** What has focus after one press of Tab. */
export type FocusStop = Awaited<ReturnType<typeof describeFocus>>;

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back to the skip link, calling
 * `visit` at every stop (it may press keys of its own). At most `limit` presses, so a trap cannot hang a test.
 */
export async function walkTabOrder(
  page: Page,
  visit: (stop: FocusStop) => Promise<void>,
  limit = 400,
): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop.tag === 'body' || (step > 0 && stop.text === 'Skip to content')) return;
    await visit(stop);
  }
  throw new Error(`focus never left the page after ${limit} presses of Tab`);
}
