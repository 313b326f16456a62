import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { messagesZhCn } from '../../src/shared/i18n/messages-zh-cn';
import { syncMessagesZhCn } from '../../src/shared/i18n/features/sync-zh-cn';
import { completeTicket } from '../helpers/complete-intake-ticket';
import { seatApi } from '../helpers/seat-api';
import { openSeatInBrowser, type SeatBrowser } from '../helpers/seat-browser';

const t = { ...messagesZhCn, ...syncMessagesZhCn };

describe('npm start’s seat with its embedded center, in Chromium', () => {
  let seat: SeatBrowser;
  beforeAll(async () => {
    seat = await openSeatInBrowser({ embeddedCenter: true });
  });
  afterAll(async () => seat?.close());

  it('asks to sign in, signs in by keyboard with the printed demo account, and sends a dispatched ticket', async () => {
    const { page } = seat;
    const printed = /sign in as (\S+) \/ (\S+)/.exec(seat.host.output());
    expect(printed, seat.host.output()).not.toBeNull();
    const [, username, password] = printed as RegExpExecArray;

    const dialog = page.getByRole('dialog', { name: t['sync.signIn.title'] });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type(username!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password!);
    await page.keyboard.press('Enter');
    const statusBar = page.getByRole('status', { name: t['status.ariaLabel'] });
    await statusBar.getByText(t['status.connection.online']).waitFor();
    await statusBar.getByText('话务员 一号').waitFor();

    const api = seatApi(seat.host);
    const { ticketId } = await api.call('intake.dispatch', { draftId: uuidv7(), ticket: completeTicket() });
    await statusBar.getByText(t['status.pending'].replace('{count}', '0')).waitFor();
    await expect.poll(async () => (await api.call('tickets.get', { id: ticketId }))?.status, { timeout: 15_000 }).toBe('dispatched');
    await seat.screenshot('sync-online');
    expect(seat.problems).toEqual([]);
  });
});
