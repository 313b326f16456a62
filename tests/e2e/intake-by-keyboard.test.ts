import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeElementIds } from '../../src/renderer/features/intake/intake-element-ids';
import { messagesZhCn } from '../../src/shared/i18n/messages-zh-cn';
import { simulateIncomingCall } from '../helpers/cti-simulator';
import { keystrokeCounter } from '../helpers/keystroke-counter';
import { seatApi } from '../helpers/seat-api';
import { openSeatInBrowser, type SeatBrowser } from '../helpers/seat-browser';

const caller = '13812345678';
const t = messagesZhCn;

describe('a call taken from ring to dispatch by keyboard only, in Chromium against the real seat core', () => {
  let seat: SeatBrowser;
  beforeAll(async () => {
    seat = await openSeatInBrowser();
    await seat.page.getByRole('navigation').getByText(t['nav.intake']).waitFor();
  });
  afterAll(async () => seat?.close());

  /** Presses a focus shortcut and waits until it took effect, so no typed key lands in the wrong field under load. */
  async function focusWith(keys: ReturnType<typeof keystrokeCounter>, shortcut: string, elementId: string) {
    await keys.press(shortcut);
    await seat.page.waitForFunction(
      (id) => document.activeElement?.id === id || Boolean(document.activeElement?.closest(`#${id}`)),
      elementId,
    );
  }

  async function takeHeatingCall(title: string, description: string) {
    const { page } = seat;
    simulateIncomingCall(seat.host, seat.dataDir, caller);
    await page.getByText('138 1234 5678').first().waitFor();
    const keys = keystrokeCounter(page);
    await keys.press('Alt+2'); // 求助 help
    await focusWith(keys, 'Alt+C', intakeElementIds.category);
    await keys.type('暖气不热');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await keys.press('Enter');
    await focusWith(keys, 'Alt+P', intakeElementIds.place);
    await keys.type('中关村');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await keys.press('Enter');
    await focusWith(keys, 'Alt+T', intakeElementIds.title);
    await keys.type(title);
    await focusWith(keys, 'Alt+N', intakeElementIds.description);
    await keys.type(description);
    return keys;
  }

  it('pops up the caller, takes the intake by keyboard and dispatches it with Ctrl+Enter', async () => {
    const { page } = seat;
    const keys = await takeHeatingCall('海淀中关村小区暖气不热', '来电人反映家中暖气温度只有十五度，已持续三天，要求尽快派人检修。');
    await seat.screenshot('intake-filled');
    await keys.press('Control+Enter');
    await page.getByText(t['intake.finish.dispatched'].replace('{title}', '海淀中关村小区暖气不热')).waitFor();
    console.log(`intake by keyboard: ${keys.count} keystrokes from ring to dispatch (typed text counted per character)`);

    const list = await seatApi(seat.host).call('tickets.list', {});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ title: '海淀中关村小区暖气不热', status: 'queued', pending: true, appealType: 'help' });
    expect(list.items[0]!.callerPhoneDisplay).toContain('138');
  });

  it('shows the first ticket in the caller history on a repeat call and links the new ticket as a repeat', async () => {
    const { page } = seat;
    const keys = await takeHeatingCall('中关村小区暖气还是不热', '来电人再次反映家中暖气不热，温度十五度，要求尽快检修。');
    // The caller history pops up with the first ticket; "already reported?" finds it from the text.
    await page.getByText('海淀中关村小区暖气不热').first().waitFor();
    await page.getByText(new RegExp(t['intake.similar.score'].replace('{percent}', '\\d+'))).first().waitFor();
    await seat.screenshot('intake-repeat-call');
    await focusWith(keys, 'Alt+S', intakeElementIds.similar);
    await keys.press('Alt+L');
    await page.getByText(t['intake.repeatOf.notice']).waitFor();
    await keys.press('Control+Enter');
    await page.getByText(t['intake.finish.dispatched'].replace('{title}', '中关村小区暖气还是不热')).waitFor();

    const api = seatApi(seat.host);
    const { items } = await api.call('tickets.list', {});
    const first = items.find((ticket) => ticket.title === '海淀中关村小区暖气不热')!;
    const repeat = items.find((ticket) => ticket.title === '中关村小区暖气还是不热')!;
    expect(repeat.repeatOfTicketId).toBe(first.id);
    const callerHistory = await api.call('caller.history', { phone: caller });
    expect(callerHistory.tickets.map((ticket) => ticket.id)).toEqual(expect.arrayContaining([first.id, repeat.id]));
  });

  it('shows required-field errors and keeps the draft through a reload', async () => {
    const { page } = seat;
    const keys = keystrokeCounter(page);
    await keys.press('F2');
    await focusWith(keys, 'Alt+T', intakeElementIds.title);
    await keys.type('路灯不亮<script>alert(1)</script>');
    await page.keyboard.press('Control+Enter');
    await page.getByText(t['intake.error.required']).first().waitFor();
    await seat.screenshot('intake-required-fields');
    // Autosave runs within 250 ms of a change; give it a moment before pulling the plug.
    await page.waitForTimeout(600);
    await page.reload();
    await expect
      .poll(() => page.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)))
      .toContain('路灯不亮<script>alert(1)</script>');
  });

  it('ran without a console error or a CSP violation', () => {
    expect(seat.problems).toEqual([]);
  });
});
