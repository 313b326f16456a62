import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sections } from '../../src/renderer/app/sections';
import { messagesEn } from '../../src/shared/i18n/messages-en';
import { messagesZhCn } from '../../src/shared/i18n/messages-zh-cn';
import { openSeatInBrowser, type SeatBrowser } from '../helpers/seat-browser';

describe('the seat shell in Chromium, through the browser host', () => {
  let seat: SeatBrowser;
  beforeAll(async () => {
    seat = await openSeatInBrowser();
  });
  afterAll(async () => seat?.close());

  it('opens in Simplified Chinese with a clean URL (the token became a cookie)', async () => {
    const { page } = seat;
    await page.getByRole('navigation').getByText(messagesZhCn['nav.intake']).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('navigates every section', async () => {
    const { page } = seat;
    for (const section of sections) {
      await page.getByRole('navigation').getByText(messagesZhCn[section.label], { exact: true }).click();
      await page.waitForURL((url) => url.hash.includes(section.path) || url.pathname === section.path);
      await seat.screenshot(`zh-${section.id}`);
    }
  });

  it('shows the seat core details on the Settings page', async () => {
    const { page } = seat;
    await page.getByRole('navigation').getByText(messagesZhCn['nav.settings'], { exact: true }).click();
    await page.getByText(/seat\.sqlite/).waitFor();
  });

  it('opens the shortcut cheat sheet with ?', async () => {
    const { page } = seat;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await page.getByRole('dialog').getByRole('heading', { name: messagesZhCn['cheatSheet.title'] }).waitFor();
    await seat.screenshot('zh-cheat-sheet');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('switches to English from the Ctrl+K command palette, and the choice survives a reload', async () => {
    const { page } = seat;
    await page.keyboard.press('Control+k');
    // Typed into the palette's own box: under load, keys sent before it has focus would go to the page.
    const search = page.getByRole('dialog').getByRole('textbox');
    await search.fill(messagesZhCn['command.switchLocale'].slice(0, 4));
    await search.press('Enter');
    await page.getByRole('navigation').getByText(messagesEn['nav.settings'], { exact: true }).waitFor();
    await seat.screenshot('en-settings');
    await page.reload();
    await page.getByRole('navigation').getByText(messagesEn['nav.tickets'], { exact: true }).waitFor();
  });

  it('ran without a console error or a CSP violation', () => {
    expect(seat.problems).toEqual([]);
  });
});
