import type { Page } from 'playwright-core';

/**
 * Drives the keyboard and counts what an operator would press: one per key
 * chord, one per typed character (an input method needs more for Chinese,
 * so the count is a lower bound there).
 */
export function keystrokeCounter(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += [...text].length;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}
